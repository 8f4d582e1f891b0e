"""Check HTTP requests and JSON response bodies against the vendored OpenAPI 3.1 spec.

OpenAPI 3.1 schemas are JSON Schema 2020-12, so ``jsonschema`` validates them directly. Every schema
is addressed by a JSON pointer into the spec document (``urn:modelgates:openapi#/paths/...``) and
the whole document is one ``referencing`` resource, so the spec's own ``#/components/schemas/...``
references resolve without copying or inlining anything. ``format`` is an annotation (no format
checker), and ``discriminator`` / ``x-*`` are unknown keywords, which JSON Schema ignores; the
discriminator is read only to pick the branch whose errors make the clearest message.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

try:
    import yaml
    from jsonschema import Draft202012Validator, validators
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012
except ImportError as exc:  # pragma: no cover - only without the extra
    raise ImportError("modelgates.testing needs the 'server' extra: pip install 'modelgates[server]'") from exc

__all__ = ["SpecValidator", "load_spec"]

_SPEC_URI = "urn:modelgates:openapi"
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_BEARER = re.compile(r"Bearer +(\S.*)\Z", re.IGNORECASE)
_MAX_MESSAGE = 300
_MAX_VIOLATIONS = 20
_CACHED_BODY_LIMIT = 64 * 1024


def load_spec(path: str | Path | None = None) -> dict[str, Any]:
    """Parse an OpenAPI document (YAML or JSON); ``None`` loads the one shipped in ``modelgates_api``."""
    if path is None:
        return _shipped_spec()
    path = Path(path)
    return _parse(path.read_text(encoding="utf-8"), as_json=path.suffix.lower() == ".json")


@functools.cache
def _shipped_spec() -> dict[str, Any]:
    # openapi.yaml as compact gzipped JSON (scripts/generate.py): 20 ms to parse instead of ~0.9 s.
    packed = (importlib.resources.files("modelgates_api") / "openapi.json.gz").read_bytes()
    text = gzip.decompress(packed).decode("utf-8")
    return _parse(text, as_json=True)


def _parse(text: str, *, as_json: bool) -> dict[str, Any]:
    if as_json:  # JSON is YAML too, but json.loads reads it ~40x faster than libyaml
        document = json.loads(text)
    else:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster when built
        document = yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader either way
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError("not an OpenAPI document: no top-level 'paths'")
    return document


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 3] + "..."


def _where(path: Iterable[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@dataclass(frozen=True)
class _Schema:
    """A schema's two validators: ``fast`` answers "valid?", ``precise`` explains why not.

    ``fast`` has every local ``$ref`` inlined, which halves the cost of a valid request (the common
    case, thousands of times per benchmark); ``precise`` keeps the references so that errors can be
    matched to the discriminator mapping, which names branches by reference.
    """

    fast: Validator
    precise: Validator


@dataclass(frozen=True)
class _Param:
    name: str
    location: str  # "header" or "query"
    required: bool
    validator: _Schema | None


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    params: tuple[_Param, ...]
    body_required: bool
    body_media: frozenset[str]  # every declared request media type
    body_validators: Mapping[str, _Schema]  # those of them with a schema
    pointer: str


class SpecValidator:
    """Validates requests and JSON response bodies against one OpenAPI 3.1 document.

    All schema validators are built once, in the constructor; validating is then just running them,
    and the instance is safe to share between threads.
    """

    def __init__(self, spec: Mapping[str, Any] | None = None) -> None:
        self._spec: Mapping[str, Any] = _shipped_spec() if spec is None else spec
        resource = Resource.from_contents(self._spec, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._routes: list[tuple[re.Pattern[str], str, dict[str, _Operation]]] = []
        for template, item in (self._spec.get("paths") or {}).items():
            operations = {
                method.upper(): self._operation(template, method, item[method], item.get("parameters", []))
                for method in _HTTP_METHODS
                if isinstance(item.get(method), Mapping)
            }
            pattern = re.compile("".join(_template_part(part) for part in re.split(r"(\{[^}]+\})", template)) + r"\Z")
            self._routes.append((pattern, template, operations))
        # OpenAPI: a concrete path wins over a templated one (/videos/models before /videos/{jobId}).
        self._routes.sort(key=lambda route: route[1].count("{"))
        self._operations = {op.operation_id: op for _, _, ops in self._routes for op in ops.values()}
        self._response_validators: dict[str, _Schema] = {}
        # Benchmarks and retry loops send the same bytes again and again; the verdict cannot change.
        self._body_verdicts = functools.lru_cache(maxsize=1024)(self._body_verdict)

    @classmethod
    def from_path(cls, path: str | Path) -> SpecValidator:
        return cls(load_spec(path))

    @classmethod
    def default(cls) -> SpecValidator:
        """One shared validator for the shipped spec (building one takes a noticeable fraction of a second)."""
        return _default_validator()

    # --- building ------------------------------------------------------------------------------

    def _validator(self, pointer: str, kind: type[Validator] = Draft202012Validator) -> _Schema:
        precise = kind({"$ref": f"{_SPEC_URI}#{pointer}"}, registry=self._registry)
        try:
            inlined = self._inline(self._pointer(pointer), ())
        except RecursionError:
            return _Schema(precise, precise)
        return _Schema(kind(inlined), precise)

    def _inline(self, node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [self._inline(item, seen) for item in node]
        if not isinstance(node, Mapping):
            return node
        ref = node.get("$ref")
        if not (isinstance(ref, str) and ref.startswith("#/")):
            return {key: self._inline(value, seen) for key, value in node.items()}
        if ref in seen:
            raise RecursionError(ref)  # a recursive schema cannot be inlined; keep the references
        target = self._inline(self._pointer(ref[1:]), (*seen, ref))
        rest = {key: self._inline(value, seen) for key, value in node.items() if key != "$ref"}
        # `$ref` with siblings means "both apply" in 2020-12; allOf keeps that exact.
        return {"allOf": [target], **rest} if rest else target

    def _resolve(self, node: Any) -> Any:
        # Parameters and request bodies (not schemas) may themselves be `$ref`s to components.
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            node = self._pointer(node["$ref"][1:])
        return node

    def _operation(self, template: str, method: str, op: Mapping[str, Any], shared: list[Any]) -> _Operation:
        pointer = f"/paths/{_escape(template)}/{method}"
        params: dict[tuple[str, str], _Param] = {}
        for where, raw_params in (
            (f"/paths/{_escape(template)}/parameters", shared),
            (f"{pointer}/parameters", op.get("parameters", [])),
        ):
            for index, raw in enumerate(raw_params):
                param = self._resolve(raw)
                if param.get("in") not in ("header", "query"):
                    continue
                has_schema = isinstance(param.get("schema"), Mapping)
                is_ref = isinstance(raw, Mapping) and "$ref" in raw
                schema_pointer = f"{where}/{index}/schema" if not is_ref else raw["$ref"][1:] + "/schema"
                key = (param["in"], param["name"].lower())
                params[key] = _Param(
                    name=param["name"],
                    location=param["in"],
                    required=bool(param.get("required")),
                    validator=self._validator(schema_pointer) if has_schema else None,
                )
        body = self._resolve(op.get("requestBody")) or {}
        body_pointer = f"{pointer}/requestBody"
        if isinstance(op.get("requestBody"), Mapping) and "$ref" in op["requestBody"]:
            body_pointer = op["requestBody"]["$ref"][1:]
        validators = {
            _media_type(media): self._validator(f"{body_pointer}/content/{_escape(media)}/schema")
            for media, content in (body.get("content") or {}).items()
            if isinstance(content, Mapping) and "schema" in content
        }
        return _Operation(
            operation_id=str(op.get("operationId") or f"{method.upper()} {template}"),
            params=tuple(params.values()),
            body_required=bool(body.get("required")),
            body_media=frozenset(_media_type(media) for media in (body.get("content") or {})),
            body_validators=validators,
            pointer=pointer,
        )

    # --- requests ------------------------------------------------------------------------------

    def _match(self, path: str) -> tuple[str, dict[str, _Operation]] | None:
        path = path.split("?", 1)[0].split("#", 1)[0]
        for pattern, template, operations in self._routes:
            if pattern.match(path):
                return template, operations
        return None

    @property
    def spec(self) -> Mapping[str, Any]:
        return self._spec

    def template_for(self, path: str) -> str | None:
        """The spec's path template that ``path`` (relative to the server base) matches."""
        matched = self._match(path)
        return matched[0] if matched else None

    def operation_for(self, method: str, path: str) -> str | None:
        """The operationId for ``method path`` (path relative to the server base), or ``None``."""
        matched = self._match(path)
        if matched is None:
            return None
        op = matched[1].get(method.upper())
        return op.operation_id if op else None

    def validate_request(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> list[str]:
        """Human-readable violations of the spec by this request; an empty list means it is valid."""
        matched = self._match(path)
        if matched is None:
            return [f"unknown path {path.split('?', 1)[0]!r}"]
        template, operations = matched
        op = operations.get(method.upper())
        if op is None:
            return [f"method {method.upper()} is not allowed on {template} (allowed: {', '.join(sorted(operations))})"]
        lowered = {name.lower(): value for name, value in headers.items()}
        query = _query(path)
        violations = [v for param in op.params for v in _check_param(param, lowered, query)]
        violations += self._check_body(op, lowered, body)
        return violations

    def _check_body(self, op: _Operation, headers: Mapping[str, str], body: bytes) -> list[str]:
        if not body:
            return ["request body is required"] if op.body_required else []
        media, problem = _accepted_media(op, headers.get("content-type"))
        if problem:
            return [problem]
        if media == "multipart/form-data":
            return self._check_multipart_body(op, headers.get("content-type", ""), body)
        if len(body) <= _CACHED_BODY_LIMIT:
            return list(self._body_verdicts(op.operation_id, media, bytes(body)))
        return list(self._body_verdict(op.operation_id, media, body))

    def _body_verdict(self, operation_id: str, media: str, body: bytes) -> tuple[str, ...]:
        return tuple(self._check_json_body(self._operations[operation_id], media, body))

    def _check_json_body(self, op: _Operation, media: str, body: bytes) -> list[str]:
        validator = op.body_validators.get(media)
        if validator is None or (media != "application/json" and not media.endswith("+json")):
            return []  # only JSON bodies have a schema we can check
        try:
            instance = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return [f"request body is not valid JSON: {exc}"]
        return _schema_violations(validator, instance, "request body")

    def _check_multipart_body(self, op: _Operation, content_type: str, body: bytes) -> list[str]:
        """The form's parts as the object the schema describes: a file part is a (binary) string,
        a text part the scalar its property's type says, a repeated or ``[]`` part an array."""
        validator = op.body_validators.get("multipart/form-data")
        if validator is None:
            return []
        import email.parser
        import email.policy

        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        if not message.is_multipart():
            return ["request body is not a multipart/form-data body with its boundary"]
        properties = (validator.fast.schema.get("properties") or {}) if isinstance(validator.fast.schema, dict) else {}
        form: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                return ["a multipart part has no name"]
            payload = part.get_payload(decode=True)
            raw = payload if isinstance(payload, bytes) else b""
            value: Any = "<file>" if part.get_filename() is not None else _form_value(raw, properties.get(name))
            if _is_array(properties.get(name)):
                form.setdefault(name, []).append(value)
            else:
                form[name] = value
        return _schema_violations(validator, form, "request body")

    # --- responses -----------------------------------------------------------------------------

    def validate_response_body(self, operation_id: str, status: int, content_type: str, body: Any) -> list[str]:
        """Violations of the declared response schema by a JSON body (already parsed, or raw bytes)."""
        op = self._operations.get(operation_id)
        if op is None:
            return [f"unknown operation {operation_id!r}"]
        responses: Mapping[str, Any] = self._resolve(self._pointer(f"{op.pointer}/responses")) or {}
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                break
        else:
            return [f"status {status} is not declared for {operation_id} (declared: {', '.join(responses)})"]
        response = self._resolve(responses[key])
        response_pointer = f"{op.pointer}/responses/{key}"
        if isinstance(responses[key], Mapping) and "$ref" in responses[key]:
            response_pointer = responses[key]["$ref"][1:]
        content = response.get("content") or {}
        media = _media_type(content_type)
        declared = {_media_type(name): name for name in content}
        if media not in declared:
            listed = ", ".join(content)
            return [f"content type {content_type!r} is not declared for {operation_id} {key} (declared: {listed})"]
        if "schema" not in content[declared[media]]:
            return []
        if isinstance(body, (bytes, bytearray)):
            try:
                body = json.loads(body)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                return [f"response body is not valid JSON: {exc}"]
        validator = self._response_validator(f"{response_pointer}/content/{_escape(declared[media])}/schema")
        return _schema_violations(validator, body, "response body")

    def _response_validator(self, pointer: str) -> _Schema:
        validator = self._response_validators.get(pointer)
        if validator is None:
            # A race only builds the same validator twice; dict assignment itself is atomic.
            validator = self._response_validators[pointer] = self._validator(pointer, _ResponseValidator)
        return validator

    def _pointer(self, pointer: str) -> Any:
        node: Any = self._spec
        for raw in pointer.lstrip("/").split("/"):
            token = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node


def _types_of(schema: Any) -> set[str]:
    """The JSON types a property allows, through its anyOf/oneOf/allOf branches."""
    if not isinstance(schema, dict):
        return set()
    kinds = schema.get("type")
    found = set(kinds) if isinstance(kinds, list) else {kinds} if isinstance(kinds, str) else set()
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(key) or ():
            found |= _types_of(branch)
    return found


def _is_array(schema: Any) -> bool:
    return "array" in _types_of(schema)


def _form_value(raw: bytes, schema: Any) -> Any:
    """A text part as JSON Schema sees it: form fields are text, so "0.5" is the number its property says."""
    text = raw.decode("utf-8", errors="replace")
    kinds = _types_of((schema.get("items") if _is_array(schema) else schema) if isinstance(schema, dict) else None)
    for kind, convert in (("integer", int), ("number", float)):
        if kind in kinds:
            try:
                return convert(text)
            except ValueError:
                pass
    if "boolean" in kinds and text.lower() in ("true", "false"):  # the generated to_multipart sends str(True)
        return text.lower() == "true"
    return text


def _accepted_media(op: _Operation, content_type: str | None) -> tuple[str, str]:
    """The request's media type, and a complaint when the operation does not take it."""
    if not op.body_media:
        return "", f"{op.operation_id} takes no request body"
    declared = " or ".join(sorted(op.body_media))
    if content_type is None:
        return "", f"missing Content-Type header (expected {declared})"
    media = _media_type(content_type)
    if media not in op.body_media:
        return media, f"Content-Type {content_type!r} is not accepted (expected {declared})"
    return media, ""


# Response schemas are read as the generated client reads them: a `oneOf` is a union to try in turn,
# so a value matching two branches is fine. The spec relies on that: `finish_reason` is
# `oneOf: [ChatFinishReason, string, null]`, which strict `oneOf` would reject for every known reason.
_ResponseValidator: type[Validator] = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"oneOf": Draft202012Validator.VALIDATORS["anyOf"]}
)


@functools.cache
def _default_validator() -> SpecValidator:
    return SpecValidator()


def _template_part(part: str) -> str:
    return "[^/]+" if part.startswith("{") else re.escape(part)


def _query(path: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(path).query, keep_blank_values=True))


def _check_param(param: _Param, headers: Mapping[str, str], query: Mapping[str, str]) -> list[str]:
    source = headers if param.location == "header" else query
    value = source.get(param.name.lower() if param.location == "header" else param.name)
    label = f"{param.location} {param.name!r}"
    if value is None:
        return [f"missing required {label}"] if param.required else []
    if param.location == "header" and param.name.lower() == "authorization" and not _BEARER.match(value.strip()):
        return ["Authorization header must be 'Bearer <api key>' with a non-empty key"]
    if param.validator is None:
        return []
    return _schema_violations(param.validator, _coerce(param.validator, value), label)


def _coerce(validator: _Schema, value: str) -> Any:
    # Headers and query values travel as text; try the typed reading the schema asks for.
    for candidate in (value, _as_number(value), {"true": True, "false": False}.get(value.lower())):
        if candidate is not None and validator.fast.is_valid(candidate):
            return candidate
    return value


def _as_number(value: str) -> int | float | None:
    try:
        return int(value)
    except ValueError:
        try:
            return float(value)
        except ValueError:
            return None


def _schema_violations(validator: _Schema, instance: Any, what: str) -> list[str]:
    if validator.fast.is_valid(instance):
        return []
    errors = sorted(validator.precise.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
    messages: list[str] = []
    for error in errors:
        for leaf in _leaves(error):
            where = _where(leaf.absolute_path)
            text = _shorten(f"{what} at {where}: {leaf.message}" if where else f"{what}: {leaf.message}")
            if text not in messages:
                messages.append(text)
    return messages[:_MAX_VIOLATIONS]


def _leaves(error: ValidationError) -> list[ValidationError]:
    """Replace an opaque "not valid under any of the given schemas" with the errors of the branch meant."""
    if str(error.validator) not in ("oneOf", "anyOf") or not error.context:
        return [error]
    branches: dict[int, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(int(sub.relative_schema_path[0]), []).append(sub)
    chosen = _discriminated_branch(error)
    if chosen is None:
        if all(_is_type_mismatch_only(subs) for subs in branches.values()):
            # No branch fits the value's type at all: say what would have.
            error.message = f"{_short_repr(error.instance)} is not valid: expected {_expected(error.context)}"
            return [error]
        chosen = min(branches, key=lambda index: (_depth_rank(branches[index]), index))
    if chosen < 0:
        return [error]
    subs = branches.get(chosen, [])
    return [leaf for sub in subs for leaf in _leaves(sub)] or [error]


def _discriminated_branch(error: ValidationError) -> int | None:
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    discriminator = schema.get("discriminator")
    if not isinstance(discriminator, Mapping) or not isinstance(error.instance, Mapping):
        return None
    name = discriminator.get("propertyName")
    value = error.instance.get(name)
    mapping = discriminator.get("mapping") or {}
    target = mapping.get(value) if isinstance(value, str) else None
    branch_key = str(error.validator)
    if target is None:
        error.message = (
            f"{name!r} is required (one of {sorted(mapping)})"
            if value is None
            else f"{name} {value!r} is not one of {sorted(mapping)}"
        )
        return -1
    for index, branch in enumerate(schema.get(branch_key) or []):
        if isinstance(branch, Mapping) and branch.get("$ref") == target:
            return index
    return None


def _short_repr(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _expected(errors: Iterable[ValidationError]) -> str:
    wanted: list[str] = []
    for sub in errors:
        schema = sub.schema if isinstance(sub.schema, Mapping) else {}
        if str(sub.validator) == "enum":
            wanted += [json.dumps(item) for item in schema.get("enum", [])]
        elif str(sub.validator) == "const":
            wanted.append(json.dumps(schema.get("const")))
        elif str(sub.validator) == "type":
            kinds = schema.get("type")
            wanted += kinds if isinstance(kinds, list) else [str(kinds)]
    unique = list(dict.fromkeys(wanted))
    return " or ".join(unique) if unique else "a different value"


def _is_type_mismatch_only(subs: list[ValidationError]) -> bool:
    return all(str(sub.validator) in ("type", "enum", "const") and not sub.relative_path for sub in subs)


def _depth_rank(subs: list[ValidationError]) -> tuple[int, int]:
    # Prefer the branch whose shape matched (errors deeper inside) and that has the fewest complaints.
    shallow = sum(1 for sub in subs if not sub.relative_path and str(sub.validator) in ("type", "enum", "const"))
    return (shallow, len(subs))
