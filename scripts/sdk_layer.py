"""Emit the public per-operation layer (``modelgates_api/resources/``) from the parsed spec.

openapi-python-client gives each operation a module with a request builder (``_get_kwargs``)
and a response parser (``_parse_response``), but its ``sync()`` functions take one ``body``
model and return error models as values. Users get ``client.<group>.<method>(...)`` instead:
one method per operation with explicit keyword parameters (path, query and header parameters
and the body's top-level fields), their types, the spec's descriptions as docstrings, and an
``_async`` twin. Each method hands its arguments to ``modelgates``' one core (``call``), which
owns authentication, headers, retries, errors, streams and files: nothing here sends anything.

Names follow the upstream SDK (``spec/upstream/sdk-names.tsv``): the group is the operation's
``x-speakeasy-group`` or its first tag, the method ``x-speakeasy-name-override`` or the
operationId, both in snake case. Types come from the generator's own parse of the spec (its
``Property`` objects), so a parameter's type here is the type of the model field it fills.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["LayerProblem", "build_layer", "group_name", "method_name", "snake"]

PACKAGE = "modelgates_api"
SUCCESS_JSON = ("application/json", "text/json")
EVENT_STREAM = "text/event-stream"
# The options every method takes after its own parameters (see modelgates._operation.CallOptions).
OPTION_NAMES = (
    "retries",
    "timeout_ms",
    "server_url",
    "extra_headers",
    "extra_query",
    "extra_body",
    "http_headers",
    "http_referer",
    "x_open_router_title",
    "x_open_router_categories",
)
_OPTIONS_SIGNATURE = """
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,"""
_OPTIONS_CALL = (
    "CallOptions(retries, timeout_ms, server_url, extra_headers, extra_query, extra_body, "
    "http_headers, http_referer, x_open_router_title, x_open_router_categories)"
)
_OPTIONS_DOC = """
Call options (each wins over the client's setting, for this call only):
    retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
    timeout_ms: the call's timeout, in milliseconds.
    server_url: another base URL.
    extra_headers: more headers, sent as given (``http_headers`` is an alias).
    extra_query: more query parameters.
    extra_body: more top-level body fields, sent after the typed ones (a field given
        both ways is refused).
    http_referer, x_open_router_title, x_open_router_categories: app attribution."""


class LayerProblem(Exception):
    """The spec holds something this layer cannot name or type: generation fails on it."""


def snake(name: str) -> str:
    """``getUserActivity`` -> ``get_user_activity``; acronyms stay one word (``listBYOKKeys`` -> ``list_byok_keys``)."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.strip("_").lower()


def group_name(operation: dict[str, Any]) -> str:
    group = operation.get("x-speakeasy-group") or (operation.get("tags") or ["default"])[0]
    return _identifier(snake(group))


def method_name(operation: dict[str, Any]) -> str:
    return _identifier(snake(operation.get("x-speakeasy-name-override") or operation["operationId"]))


def _identifier(name: str) -> str:
    if not name or name[0].isdigit():
        name = f"op_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def _text(value: Any) -> str:
    """A spec string (the generator wraps them as untrusted) as plain text."""
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter is not None else value)


def _doc(text: str) -> str:
    """Text that is safe inside a triple-quoted docstring of generated code."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


@dataclass
class _Imports:
    """Names the emitted module needs for its annotations (imported under TYPE_CHECKING)."""

    models: dict[str, str] = field(default_factory=dict)  # class name -> module

    def model(self, cls: Any) -> str:
        self.models[str(cls.name)] = str(cls.module_name)
        return str(cls.name)


def _literal(values: Iterable[Any]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in sorted(values, key=repr)) + "]"


def input_hint(prop: Any, imports: _Imports) -> str:  # noqa: PLR0911 (one case per property kind)
    """What a caller may pass for ``prop``: its JSON form or the generated model, mixed freely.

    String enums are open (the known literals, plus ``str``): a value the server accepts is never
    refused because the spec does not list it yet.
    """
    kind = type(prop).__name__
    if kind == "ModelProperty":
        return f"{imports.model(prop.class_info)} | Mapping[str, Any]"
    if kind == "ListProperty":
        return f"Sequence[{input_hint(prop.inner_property, imports)}]"
    if kind == "UnionProperty":
        parts: list[str] = []
        for inner in prop.inner_properties:
            for part in _split_union(input_hint(inner, imports)):
                if part not in parts:
                    parts.append(part)
        return " | ".join(parts)
    if kind == "LiteralEnumProperty":
        values = [v for v in prop.values if v is not None]
        open_type = "str" if all(isinstance(v, str) for v in values) else "int"
        return f"{_literal(values)} | {open_type}" if values else "None"
    if kind == "EnumProperty":
        return "str | int"
    if kind == "ConstProperty":
        return _literal([prop.value.raw_value if hasattr(prop.value, "raw_value") else prop.value])
    return {
        "StringProperty": "str",
        "IntProperty": "int",
        "FloatProperty": "float",
        "BooleanProperty": "bool",
        "NoneProperty": "None",
        "AnyProperty": "Any",
        "FileProperty": "FileInput",
        "DateProperty": "datetime.date",
        "DateTimeProperty": "datetime.datetime",
        "UuidProperty": "UUID | str",
    }.get(kind, "Any")


def _split_union(hint: str) -> list[str]:
    """The members of a top-level ``A | B`` hint (brackets respected)."""
    parts, depth, current = [], 0, ""
    for char in hint:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


def output_hint(prop: Any, imports: _Imports) -> str:
    """The type ``_parse_response`` returns for ``prop`` (models and lists as the generator builds them)."""
    kind = type(prop).__name__
    if kind == "ModelProperty":
        return imports.model(prop.class_info)
    if kind == "ListProperty":
        # builtins.list: inside a class with a method named `list`, a bare `list` is that method.
        return f"builtins.list[{output_hint(prop.inner_property, imports)}]"
    if kind == "UnionProperty":
        parts: list[str] = []
        for inner in prop.inner_properties:
            for part in _split_union(output_hint(inner, imports)):
                if part not in parts:
                    parts.append(part)
        return " | ".join(parts)
    if kind == "LiteralEnumProperty":
        return "str"
    return {"DateProperty": "datetime.date", "DateTimeProperty": "datetime.datetime", "UuidProperty": "UUID"}.get(
        kind, input_hint(prop, imports)
    )


@dataclass
class Param:
    python: str
    wire: str
    where: str  # "path", "query", "header" or "body"
    hint: str
    required: bool
    description: str
    default_doc: str | None = None
    attribute: str = ""  # the body model's attribute the field fills (its python name before any renaming)

    def __post_init__(self) -> None:
        self.attribute = self.attribute or self.python
        if self.required and "None" in _split_union(self.hint):
            # Required but nullable in the spec (MessagesRequest.messages): the SDK refuses None for a
            # required field by name (None means "not given"), so the type does not offer it.
            self.hint = " | ".join(part for part in _split_union(self.hint) if part != "None")


@dataclass
class Method:
    name: str
    group: str
    http: str  # "GET /models"
    operation_id: str
    summary: str
    description: str
    deprecated: bool
    module: str  # the generated endpoint module, relative to the package
    params: list[Param]
    body: _Body
    authorization_param: bool  # the spec declares Authorization as a header parameter
    result: str  # "json", "none", "binary", "json|binary"
    result_hint: str
    result_class: str | None  # the 2xx model when it is one generated class
    requires_auth: bool
    events_class: str | None  # the model of each event, when the operation can stream
    events_envelope: bool  # each event is {data, event, ...} (Speakeasy's convention), not the data alone
    stream_field: str | None  # the body field that asks for the stream
    errors: list[tuple[str, str]]  # (status, description)
    binary_toggle: Param | None = None  # the query parameter that asks for the non-JSON answer (json|binary)


def _first_success(operation: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    for status, response in sorted((operation.get("responses") or {}).items()):
        if str(status).startswith("2"):
            return str(status), response or {}
    return "default", {}


def _endpoints_by_route(project: Any) -> dict[tuple[str, str], tuple[str, Any]]:
    from openapi_python_client.strings import PythonIdentifier

    routes = {}
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            module = f"api.{tag}.{PythonIdentifier(endpoint.name, project.config.field_prefix)}"
            routes[(endpoint.method.lower(), _route(_text(endpoint.path)))] = (module, endpoint)
    return routes


def _route(path: str) -> str:
    # The generator renames path parameters that shadow builtins ({hash} -> {hash_}).
    return re.sub(r"\{[^}]*\}", "{}", path)


def _event_model(
    media: dict[str, Any], spec: dict[str, Any], project: Any, imports: _Imports
) -> tuple[str, bool] | None:
    """The generated model of one event of a ``text/event-stream`` response, and whether it is an envelope."""
    schema = media.get("schema") or {}
    ref = schema.get("$ref")
    if not ref:
        return None  # e.g. "Not used for embeddings": a string schema, no events to type
    name = ref.rsplit("/", 1)[-1]
    component = (spec.get("components") or {}).get("schemas", {}).get(name, {})
    prop = _model_for_ref(project, ref)
    if prop is None:
        raise LayerProblem(f"the event schema {ref} has no generated model")
    envelope = set(component.get("properties") or {}) <= {"data", "event", "id", "retry"} and "data" in (
        component.get("properties") or {}
    )
    return f"{prop.class_info.module_name}:{imports.model(prop.class_info)}", envelope


def _model_for_ref(project: Any, ref: str) -> Any:
    for model in project.openapi.models:
        if any(_text(root) == ref.removeprefix("#") for root in model.roots):
            return model
    return None


def _parameter_descriptions(
    spec: dict[str, Any], operation: dict[str, Any], path_item: dict[str, Any]
) -> dict[tuple[str, str], str]:
    """(in, name) -> the parameter's description (the generator keeps only the schema's)."""
    found = {}
    for given in [*(path_item.get("parameters") or []), *(operation.get("parameters") or [])]:
        ref = given.get("$ref") if isinstance(given, dict) else None
        raw = (spec.get("components") or {}).get("parameters", {}).get(ref.rsplit("/", 1)[-1], {}) if ref else given
        description = raw.get("description") or (raw.get("schema") or {}).get("description") or ""
        found[(str(raw.get("in")), str(raw.get("name")))] = str(description)
    return found


def _params(endpoint: Any, imports: _Imports, descriptions: dict[tuple[str, str], str]) -> tuple[list[Param], bool]:
    params: list[Param] = []
    authorization = False
    for where, props in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
    ):
        for prop in props:
            if where == "header" and _text(prop.name).lower() == "authorization":
                authorization = True  # the core fills it from the client's API key
                continue
            params.append(
                Param(
                    python=_public_name(_text(prop.name), str(prop.python_name)),
                    attribute=str(prop.python_name),
                    wire=_text(prop.name),
                    where=where,
                    hint=input_hint(prop, imports),
                    required=bool(prop.required),
                    description=descriptions.get((where, _text(prop.name))) or _text(prop.description),
                    default_doc=_default_doc(prop),
                )
            )
    return params, authorization


def _public_name(wire: str, generated: str) -> str:
    """The keyword a caller writes: the spec's own name where Python allows it (``input``, ``type``),
    else the generator's (``X-OpenRouter-Metadata`` -> ``x_open_router_metadata``)."""
    return wire if wire.isidentifier() and not keyword.iskeyword(wire) and wire != "self" else generated


def _default_doc(prop: Any) -> str | None:
    default = getattr(prop, "default", None)
    if default is None:
        return None
    code = default.python_code.as_unembedded_code() if hasattr(default, "python_code") else str(default)
    return code


def _fields_of(prop: Any, imports: _Imports) -> list[Param]:
    return [
        Param(
            python=_public_name(_text(child.name), str(child.python_name)),
            attribute=str(child.python_name),
            wire=_text(child.name),
            where="body",
            hint=input_hint(child, imports),
            required=bool(child.required),
            description=_text(child.description),
            default_doc=_default_doc(child),
        )
        for child in [*(prop.required_properties or []), *(prop.optional_properties or [])]
    ]


def _has_fields(prop: Any) -> bool:
    return type(prop).__name__ == "ModelProperty" and not (
        prop.required_properties is None and prop.optional_properties is None
    )


@dataclass
class _Body:
    fields: list[Param]
    json_class: str | None = None
    multipart_class: str | None = None
    multipart_fields: dict[str, str] = field(default_factory=dict)  # wire -> model attribute
    multipart_only: tuple[str, ...] = ()  # fields that only a multipart body has (a file): they choose it
    multipart_files: tuple[str, ...] = ()  # the parts that are files (binary strings): a path, bytes or a file
    whole: bool = False  # the body is one value, passed as ``body=``


def _body(endpoint: Any, imports: _Imports) -> _Body:
    """The body's fields; an operation that takes JSON or multipart offers the fields of both."""
    json_body = next((b for b in endpoint.bodies if str(b.body_type) != "files"), None)
    multipart = next((b for b in endpoint.bodies if str(b.body_type) == "files"), None)
    if json_body is None and multipart is None:
        return _Body([])
    first = json_body or multipart
    if not _has_fields(first.prop) or (multipart is not None and not _has_fields(multipart.prop)):
        hint = input_hint(first.prop, imports)
        return _Body([Param("body", "body", "body", hint, True, "The request body.")], whole=True)
    result = _Body([])
    if json_body is not None:
        result.fields = _fields_of(json_body.prop, imports)
        result.json_class = f"{json_body.prop.class_info.module_name}:{json_body.prop.class_info.name}"
    if multipart is not None:
        parts = _fields_of(multipart.prop, imports)
        result.multipart_class = f"{multipart.prop.class_info.module_name}:{multipart.prop.class_info.name}"
        result.multipart_fields = {p.wire: p.attribute for p in parts}
        children = [*(multipart.prop.required_properties or []), *(multipart.prop.optional_properties or [])]
        result.multipart_files = tuple(_text(c.name) for c in children if type(c).__name__ == "FileProperty")
        known = {p.wire: p for p in result.fields}
        if json_body is not None:
            result.multipart_only = tuple(p.wire for p in parts if p.wire not in known)
            for p in result.fields:  # required by one body only: optional for the caller
                p.required = p.required and p.wire in result.multipart_fields
            for p in parts:
                if p.wire not in known:
                    p.required = False
                    result.fields.append(p)
        else:
            result.fields = parts
    return result


def _method(
    route: tuple[str, str],
    operation: dict[str, Any],
    module: str,
    endpoint: Any,
    spec: dict[str, Any],
    project: Any,
    imports: _Imports,
) -> Method:
    path_item = (spec.get("paths") or {}).get(route[1]) or {}
    params, authorization = _params(endpoint, imports, _parameter_descriptions(spec, operation, path_item))
    body = _body(endpoint, imports)
    body_fields = body.fields
    names = [p.python for p in params]
    for body_param in body_fields:
        if body_param.python in names or body_param.python in OPTION_NAMES or body_param.python == "self":
            # The parameter and the body field would share one keyword: keep both, the body's suffixed.
            body_param.python = f"{body_param.python}_body"
        names.append(body_param.python)
    clash = [n for n in names if n in OPTION_NAMES]
    if clash:
        raise LayerProblem(f"{route[0].upper()} {route[1]}: parameter(s) {clash} clash with call options")

    status, success = _first_success(operation)
    content = success.get("content") or {}
    json_media = next((content[t] for t in SUCCESS_JSON if t in content), None)
    events_class, envelope = None, False
    stream_field = operation.get("x-speakeasy-stream-request-field")
    if EVENT_STREAM in content:
        found = _event_model(content[EVENT_STREAM], spec, project, imports)
        if found is not None:
            events_class, envelope = found
            stream_field = stream_field or ("stream" if any(p.wire == "stream" for p in body_fields) else None)
    binary = any(t not in (*SUCCESS_JSON, EVENT_STREAM) for t in content)
    if events_class is not None and stream_field is None:
        raise LayerProblem(f"{route[0].upper()} {route[1]}: an event stream with no request field that asks for it")

    result_hint, result_class = "None", None
    if json_media is not None:
        response = next(r for r in endpoint.responses.patterns if r.status_code.pattern == status)
        result_hint = output_hint(response.prop, imports)
        if type(response.prop).__name__ == "ModelProperty":
            result_class = f"{response.prop.class_info.module_name}:{response.prop.class_info.name}"
    toggle = None
    if json_media is not None and binary:
        result = "json|binary"
        result_hint = f"{result_hint} | BinaryResponse"
        toggle = _binary_toggle(content, params)
    elif json_media is not None:
        result = "json"
    elif binary:
        result, result_hint = "binary", "BinaryResponse"
    else:
        result = "none"
    errors = [
        (str(code), _text((response or {}).get("description")).split("\n")[0])
        for code, response in sorted((operation.get("responses") or {}).items())
        if str(code)[0] in "45"
    ]
    return Method(
        name=method_name(operation),
        group=group_name(operation),
        http=f"{route[0].upper()} {route[1]}",
        operation_id=str(operation.get("operationId", "")),
        summary=str(operation.get("summary") or "").strip(),
        description=str(operation.get("description") or "").strip(),
        deprecated=bool(operation.get("deprecated")),
        module=module,
        params=params + body_fields,
        body=body,
        authorization_param=authorization,
        result=result,
        result_hint=result_hint,
        result_class=result_class,
        requires_auth=operation.get("security", spec.get("security")) != [],
        events_class=events_class,
        events_envelope=envelope,
        stream_field=stream_field,
        errors=errors,
        binary_toggle=toggle,
    )


def _binary_toggle(content: dict[str, Any], params: list[Param]) -> Param | None:
    """The one query parameter named after the non-JSON media type (``use_rss`` for
    ``application/rss+xml``): left out, the answer is the JSON model, which the overloads say."""
    kinds = {t.split("/")[-1].split("+")[0] for t in content if t not in (*SUCCESS_JSON, EVENT_STREAM)}
    found = [p for p in params if p.where == "query" and any(p.wire in (k, f"use_{k}", f"as_{k}") for k in kinds)]
    return found[0] if len(found) == 1 else None


def collect(spec: dict[str, Any], project: Any) -> dict[str, tuple[list[Method], _Imports]]:
    """Every operation of ``spec`` as a ``Method``, by group."""
    routes = _endpoints_by_route(project)
    groups: dict[str, tuple[list[Method], _Imports]] = {}
    seen: dict[tuple[str, str], str] = {}
    for path, item in (spec.get("paths") or {}).items():
        for verb, operation in (item or {}).items():
            if verb not in ("get", "put", "post", "delete", "patch", "options", "head", "trace"):
                continue
            found = routes.get((verb, _route(path)))
            if found is None:
                raise LayerProblem(f"{verb.upper()} {path}: the generator made no endpoint for it")
            module, endpoint = found
            group = group_name(operation)
            methods, imports = groups.setdefault(group, ([], _Imports()))
            method = _method((verb, path), operation, module, endpoint, spec, project, imports)
            key = (group, method.name)
            if key in seen:
                raise LayerProblem(f"{method.http} and {seen[key]} are both named {group}.{method.name}")
            seen[key] = method.http
            methods.append(method)
    return groups


# -- rendering


def _class_name(group: str) -> str:
    return "".join(part.capitalize() for part in group.split("_") if part) or "Default"


def _optional(hint: str) -> str:
    return hint if "None" in _split_union(hint) else f"{hint} | None"


def _signature_params(method: Method) -> str:
    ordered = [p for p in method.params if p.required] + [p for p in method.params if not p.required]
    lines = []
    for p in ordered:
        if p.required:
            lines.append(f"        {p.python}: {p.hint},")
        else:
            lines.append(f"        {p.python}: {_optional(p.hint)} = None,")
    return "\n".join(lines)


def _docstring(method: Method, *, twin_of: str | None) -> str:
    lines = [method.summary or method.operation_id]
    if twin_of:
        lines.append("")
        lines.append(f"The async twin of ``{twin_of}``.")
    if method.description and method.description != method.summary:
        lines += ["", method.description]
    if method.deprecated:
        lines += ["", "Deprecated by the API."]
    lines += ["", f"``{method.http}`` (operationId ``{method.operation_id}``)."]
    if method.params:
        lines += ["", "Args:"]
        for p in method.params:
            where = "" if p.where == "body" else f" ({p.where} parameter ``{p.wire}``)"
            desc = " ".join(p.description.split()) or "(no description in the spec)"
            default = (
                f" Default: ``{p.default_doc}``." if p.default_doc and p.default_doc not in ("UNSET", "None") else ""
            )
            lines.append(f"    {p.python}{where}: {desc}{default}")
    lines.append(_OPTIONS_DOC)
    if method.errors:
        lines += ["", "Raises:"]
        for status, description in method.errors:
            lines.append(f"    {status}: {' '.join(description.split()) or 'error'}")
    text = "\n".join(lines)
    body = "\n".join(("        " + line) if line.strip() else "" for line in _doc(text).split("\n"))
    return f'        """{body.lstrip()}\n        """'


def _call_arguments(method: Method) -> str:
    where: dict[str, list[Param]] = {"path": [], "query": [], "header": [], "body": []}
    for p in method.params:
        where[p.where].append(p)
    params = [p for k in ("path", "query", "header") for p in where[k]]
    pieces = []
    if params:
        generated_names = {p.attribute: p.python for p in params}
        pieces.append("{" + ", ".join(f"{name!r}: {value}" for name, value in generated_names.items()) + "}")
    else:
        pieces.append("{}")
    if method.body.whole:
        pieces.append("body")
    elif where["body"]:
        pieces.append("{" + ", ".join(f"{p.wire!r}: {p.python}" for p in where["body"]) + "}")
    else:
        pieces.append("None")
    return ", ".join(pieces)


def _return_hint(method: Method, *, is_async: bool, streaming: bool | None) -> str:
    """The result type: ``streaming`` is the ``stream`` argument's type (None: either)."""
    hint = method.result_hint
    if is_async:
        hint = hint.replace("BinaryResponse", "AsyncBinaryResponse")
    if method.events_class is None or streaming is False:
        return hint
    stream = _stream_class(method, is_async)
    return stream if streaming else f"{hint} | {stream}"


def _stream_class(method: Method, is_async: bool) -> str:
    event = (method.events_class or "").split(":")[-1]
    if event == "ChatStreamChunk":  # chat keeps its accumulating stream (seed 004)
        return "AsyncChatStream" if is_async else "ChatStream"
    return f"{'AsyncEventStream' if is_async else 'EventStream'}[{event}]"


def _render_method(method: Method, *, is_async: bool) -> str:
    """One method (with its overloads)."""
    name = f"{method.name}_async" if is_async else method.name
    prefix = "async def" if is_async else "def"
    await_ = "await " if is_async else ""
    call = "call_async" if is_async else "call"
    params = _signature_params(method)
    signature_head = f"    {prefix} {name}(\n        self,\n        *,\n{params}{_OPTIONS_SIGNATURE}\n    )"
    out = []
    stream_param = next((p for p in method.params if p.wire == method.stream_field and p.where == "body"), None)
    if method.events_class is not None and stream_param is not None:
        # Overloads: the type of `stream` decides between the result and the event stream.
        base_params = [p for p in method.params if p is not stream_param]
        required = [p for p in base_params if p.required]
        optional = [p for p in base_params if not p.required]
        for literal, streaming, default in (
            ("Literal[False]", False, " = False"),
            ("Literal[True]", True, ""),
            ("bool", None, " = False"),
        ):
            lines = [f"        {p.python}: {p.hint}," for p in required]
            if not default:
                lines.append(f"        {stream_param.python}: {literal},")
            lines += [f"        {p.python}: {_optional(p.hint)} = None," for p in optional]
            if default:
                lines.append(f"        {stream_param.python}: {literal} = False,")
            hint = _return_hint(method, is_async=is_async, streaming=streaming)
            out.append(
                f"    @overload\n    {prefix} {name}(\n        self,\n        *,\n"
                + "\n".join(lines)
                + f"{_OPTIONS_SIGNATURE}\n    ) -> {hint}: ..."
            )
        lines = [f"        {p.python}: {p.hint}," for p in required]
        lines += [f"        {p.python}: {_optional(p.hint)} = None," for p in optional]
        lines.append(f"        {stream_param.python}: bool = False,")
        signature_head = (
            f"    {prefix} {name}(\n        self,\n        *,\n" + "\n".join(lines) + f"{_OPTIONS_SIGNATURE}\n    )"
        )
        hint = _return_hint(method, is_async=is_async, streaming=None)
    elif method.binary_toggle is not None:
        # Overloads: without the parameter that asks for the other media type, the JSON model.
        toggle = method.binary_toggle
        json_hint = method.result_hint.removesuffix(" | BinaryResponse")
        required = [f"        {p.python}: {p.hint}," for p in method.params if p.required]
        optional = [p for p in method.params if not p.required and p is not toggle]
        for toggle_line, hint in (
            (f"        {toggle.python}: None = None,", json_hint),
            (f"        {toggle.python}: {toggle.hint},", _return_hint(method, is_async=is_async, streaming=None)),
        ):
            lines = [*required, toggle_line, *(f"        {p.python}: {_optional(p.hint)} = None," for p in optional)]
            out.append(
                f"    @overload\n    {prefix} {name}(\n        self,\n        *,\n"
                + "\n".join(lines)
                + f"{_OPTIONS_SIGNATURE}\n    ) -> {hint}: ..."
            )
        hint = _return_hint(method, is_async=is_async, streaming=None)
    else:
        hint = _return_hint(method, is_async=is_async, streaming=None)
    doc = _docstring(method, twin_of=method.name if is_async else None)
    body = (
        f"        return cast(\n            {hint!r},\n"
        f"            {await_}self._core.{call}(\n                _{method.name.upper()},\n"
        f"                {_call_arguments(method)},\n                {_OPTIONS_CALL},\n            ),\n        )"
    )
    out.append(f"{signature_head} -> {hint}:\n{doc}\n{body}")
    return "\n\n".join(out)


def _render_operation(method: Method) -> str:
    fields = [
        f"name={method.group + '.' + method.name!r}",
        f"http={method.http!r}",
        f"module={method.module!r}",
        f"fields={ {p.python: (p.where, p.wire) for p in method.params}!r}",
        f"body_class={method.body.json_class!r}",
        *([f"multipart_class={method.body.multipart_class!r}"] if method.body.multipart_class else []),
        *([f"multipart_fields={method.body.multipart_fields!r}"] if method.body.multipart_class else []),
        *([f"multipart_only={method.body.multipart_only!r}"] if method.body.multipart_only else []),
        *([f"multipart_files={method.body.multipart_files!r}"] if method.body.multipart_files else []),
        f"whole_body={method.body.whole!r}",
        *(
            [f"required_body={tuple(p.wire for p in method.params if p.where == 'body' and p.required)!r}"]
            if any(p.where == "body" and p.required for p in method.params)
            else []
        ),
        f"requires_auth={method.requires_auth!r}",
        f"result_class={method.result_class!r}",
        f"authorization_param={method.authorization_param!r}",
        f"result={method.result!r}",
        f"events_class={method.events_class!r}",
        f"events_envelope={method.events_envelope!r}",
        f"stream_field={method.stream_field!r}",
    ]
    return f"_{method.name.upper()} = Operation(\n    " + ",\n    ".join(fields) + ",\n)"


def render_group(group: str, methods: list[Method], imports: _Imports) -> str:
    cls = _class_name(group)
    hints = [p.hint for m in methods for p in m.params] + [m.result_hint for m in methods]
    public = {_stream_class(m, a).split("[")[0] for m in methods if m.events_class for a in (False, True)}
    if any("BinaryResponse" in m.result_hint for m in methods):
        public |= {"BinaryResponse", "AsyncBinaryResponse"}
    type_lines = [
        *(["    import datetime"] if any("datetime." in h for h in hints) else []),
        *(["    from uuid import UUID"] if any("UUID" in h for h in hints) else []),
        *([f"    from modelgates import {', '.join(sorted(public))}"] if public else []),
        *(["    from modelgates._operation import FileInput"] if any("FileInput" in h for h in hints) else []),
        "    from modelgates._operation import Caller",
        "    from modelgates.utils import RetryConfig",
        *(f"    from ..models.{module} import {name}" for name, module in sorted(imports.models.items())),
    ]
    ops = "\n\n".join(_render_operation(m) for m in methods)
    rendered = "\n\n".join(_render_method(m, is_async=a) for m in methods for a in (False, True))
    # The raw twins are the group's own methods, made on the raw caller and typed through a ParamSpec
    # (modelgates._operation.raw_response): each signature once, not twice more.
    raw_lines = "\n".join(
        f"        self.{name} = raw_response{suffix}(operations.{name})"
        for m in methods
        for name, suffix in ((m.name, ""), (f"{m.name}_async", "_async"))
    )
    type_block = "\n".join(type_lines)
    raw_names = ", ".join(f"``{m.name}``" for m in methods)
    return f'''"""``client.{group}``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from modelgates._operation import CallOptions, Operation, raw_response, raw_response_async

if TYPE_CHECKING:
{type_block}

__all__ = ["{cls}", "{cls}WithRawResponse"]

{ops}


class {cls}:
    """Operations of the ``{group}`` group (``client.{group}``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> {cls}WithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return {cls}WithRawResponse(self._core.raw())

{rendered}


class {cls}WithRawResponse:
    """``client.{group}.with_raw_response``: the operations of ``{cls}``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: {raw_names} (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = {cls}(core)
{raw_lines}
'''


def render_index(groups: dict[str, tuple[list[Method], _Imports]]) -> str:
    names = sorted(groups)
    imports = "\n".join(f"    from .{g} import {_class_name(g)}" for g in names)
    props = "\n\n".join(
        f'''    @cached_property
    def {g}(self) -> {_class_name(g)}:
        """{_doc(_group_doc(g, groups[g][0]))}"""
        from .{g} import {_class_name(g)}

        return {_class_name(g)}(self._core)'''
        for g in names
    )
    table = "\n".join(f"    {m.group + '.' + m.name!r}: {m.http!r}," for g in names for m in groups[g][0])
    return f'''"""The resource groups of the client, generated from the spec by scripts/sdk_layer.py. Do not edit.

Each group's module loads on first access (``client.models``), so ``ModelGates()`` costs the same
whatever the size of the API.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from modelgates._operation import Caller

{imports}

__all__ = ["OPERATIONS", "Resources"]

# Every operation as "<group>.<method>": "<METHOD> <path>".
OPERATIONS = {{
{table}
}}


class Resources:
    """The groups of operations, one attribute each."""

    _core: Caller

{props}
'''


def _group_doc(group: str, methods: list[Method]) -> str:
    return f"``{group}``: " + ", ".join(m.name for m in methods) + "."


def build_layer(spec: dict[str, Any], project: Any) -> tuple[dict[str, str], dict[str, tuple[list[Method], _Imports]]]:
    """The source of every module of the layer, by file name, and the groups they were made from."""
    groups = collect(spec, project)
    files = {f"{group}.py": render_group(group, methods, imports) for group, (methods, imports) in groups.items()}
    files["__init__.py"] = render_index(groups)
    return files, groups
