"""Write the reference docs (``docs/sdks/<group>/README.md``) from the same parse as the layer.

One section per operation in the layout of seeds 000 and 004: what it does, an example that runs
as written (``make test`` runs every one against the local server), the parameters table, the
response type and the errors table. Example arguments come from the spec's own request
examples (else the smallest valid body), so they are as real as the spec makes them.
"""

from __future__ import annotations

import pprint
from collections.abc import Mapping
from typing import Any

from sdk_layer import OPTION_NAMES, Method

__all__ = ["example_arguments", "render_docs"]

_HEADER = "<!-- Generated from openapi.yaml by scripts/generate.py (scripts/sdk_docs.py). Do not edit. -->\n"


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    from modelgates.testing._generic import _resolve as resolve

    return resolve(spec, node)


def example_arguments(spec: Mapping[str, Any], http: str, fields: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
    """Keyword arguments for the operation ``http`` ("GET /models"), from the spec's examples."""
    from modelgates.testing._generic import _examples, minimal_instance

    verb, path = http.split(" ", 1)
    operation = spec["paths"][path][verb.lower()]
    by_wire = {(where, wire): public for public, (where, wire) in fields.items()}
    arguments: dict[str, Any] = {}
    for raw in operation.get("parameters") or ():
        parameter = _resolve(spec, raw)
        if parameter["name"].lower() == "authorization" or not parameter.get("required"):
            continue
        value = parameter.get("example", minimal_instance(spec, parameter.get("schema") or {}))
        arguments[by_wire[(parameter["in"], parameter["name"])]] = value if value not in ("", None) else "x"
    content = (_resolve(spec, operation.get("requestBody") or {}).get("content")) or {}
    for media_type, media in content.items():
        schema = _resolve(spec, media.get("schema") or {})
        body = next((e for e in _examples(spec, media) if isinstance(e, dict)), None)
        body = dict(body if body is not None else minimal_instance(spec, schema) or {})
        if media_type.startswith("multipart/"):
            properties = schema.get("properties") or {}
            for key in body:
                if _resolve(spec, properties.get(key, {})).get("format") == "binary":
                    body[key] = b"example file contents\n"
        extra = {}
        for wire, value in body.items():
            public = by_wire.get(("body", wire))
            if public is None:
                extra[wire] = value  # not a typed field: sent through the escape hatch
            else:
                arguments[public] = value
        if extra:
            arguments["extra_body"] = extra
        break
    return arguments


def _literal(value: Any, indent: int) -> str:
    text = pprint.pformat(value, width=max(40, 96 - indent), sort_dicts=False)
    return text.replace("\n", "\n" + " " * indent)


def _example(method: Method, arguments: Mapping[str, Any]) -> str:
    call = f"client.{method.group}.{method.name}"
    if arguments:
        lines = [f"        {name}={_literal(value, 8 + len(name) + 1)}," for name, value in arguments.items()]
        call += "(\n" + "\n".join(lines) + "\n    )"
    else:
        call += "()"
    if method.result == "binary":
        use = "    with res:\n        data = res.read()\n    print(len(data), res.content_type)"
    else:
        use = "    print(res)"
    return (
        "```python\nimport os\n\nfrom modelgates import ModelGates\n\n"
        'with ModelGates(api_key=os.getenv("MODELGATES_API_KEY", "")) as client:\n'
        f"    res = {call}\n{use}\n```"
    )


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _section(method: Method, spec: Mapping[str, Any], error_classes: Mapping[int, str]) -> str:
    fields = {p.python: (p.where, p.wire) for p in method.params}
    arguments = example_arguments(spec, method.http, fields)
    parts = [f"## {method.name}", ""]
    if method.deprecated:
        parts += ["> Deprecated by the API.", ""]
    parts += [method.description or method.summary or method.operation_id, ""]
    parts += [f"`{method.http}` (`{method.name}_async` is its async twin)", "", "### Example Usage", ""]
    parts += [_example(method, arguments), "", "### Parameters", ""]
    parts += ["| Parameter | Type | Required | Description |", "| --- | --- | --- | --- |"]
    for p in sorted(method.params, key=lambda p: not p.required):
        where = "" if p.where == "body" else f" ({p.where} `{p.wire}`)"
        required = ":heavy_check_mark:" if p.required else ":heavy_minus_sign:"
        parts.append(f"| `{p.python}` | `{_cell(p.hint)}` | {required} | {_cell(p.description)}{where} |")
    options = ", ".join(f"`{name}`" for name in OPTION_NAMES)
    parts.append(f'| {options} | | :heavy_minus_sign: | Per-call options: see the README, "Call options". |')
    parts += ["", "### Response", "", f"`{_cell(_response(method))}`", "", "### Errors", ""]
    parts += ["| Error Type | Status Code | Content Type |", "| --- | --- | --- |"]
    for status, _ in method.errors:
        name = (
            error_classes.get(int(status), "ModelGatesDefaultError") if status.isdigit() else "ModelGatesDefaultError"
        )
        parts.append(f"| errors.{name} | {status} | application/json |")
    parts.append("| errors.ModelGatesDefaultError | 4XX, 5XX | \\*/\\* |")
    return "\n".join(parts)


def _response(method: Method) -> str:
    if method.events_class:
        event = method.events_class.split(":")[1]
        stream = "ChatStream" if event == "ChatStreamChunk" else f"EventStream[{event}]"
        return f"{method.result_hint} (stream=False) or {stream} (stream=True)"
    return method.result_hint


def render_docs(
    groups: Mapping[str, tuple[list[Method], Any]], spec: Mapping[str, Any], error_classes: Mapping[int, str]
) -> dict[str, str]:
    """``<group>/README.md`` for every group and an index ``README.md``, by relative path.

    ``error_classes``: the exception class of each declared error status (scripts/status_errors.py).
    """
    files = {}
    index = [_HEADER, "# Reference", "", "| Group | Operations |", "| --- | --- |"]
    for group in sorted(groups):
        methods = groups[group][0]
        title = group.replace("_", " ").title()
        lines = [_HEADER, f"# {title}", "", f"`client.{group}`", "", "## Available Operations", ""]
        lines += [f"* [{m.name}](#{m.name}) - {m.summary or m.operation_id}" for m in methods]
        sections = [_section(m, spec, error_classes) for m in methods]
        files[f"{group}/README.md"] = "\n".join(lines) + "\n\n" + "\n\n".join(sections) + "\n"
        links = ", ".join(f"[{m.name}]({group}/README.md#{m.name})" for m in methods)
        index.append(f"| `{group}` | {links} |")
    files["README.md"] = "\n".join(index) + "\n"
    return files
