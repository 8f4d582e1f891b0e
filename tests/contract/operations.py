"""Every operation of the spec as a call a user could make: method, arguments, expected result type.

Arguments come from the spec itself: the request example where it has one, else the smallest
body the schema accepts, plus an example (or minimal) value for each required parameter. They
are passed the way a user passes them: by keyword, through the generated method.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from modelgates._operation import Operation
from modelgates.testing._generic import _examples, _resolve, minimal_instance
from modelgates.testing._validation import load_spec
from modelgates_api.resources import OPERATIONS

__all__ = ["OperationCase", "cases"]


@dataclass(frozen=True)
class OperationCase:
    name: str  # "models.count"
    http: str  # "GET /models/count"
    group: str
    method: str
    operation: Operation
    arguments: Mapping[str, Any]

    def __str__(self) -> str:
        return self.name


def _operation(group: str, method: str) -> Operation:
    module = importlib.import_module(f"modelgates_api.resources.{group}")
    operation: Operation = getattr(module, f"_{method.upper()}")
    return operation


def _body(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    body = _resolve(spec, operation.get("requestBody") or {})
    content = body.get("content") or {}
    for media_type, media in content.items():
        schema = _resolve(spec, media.get("schema") or {})
        example = next((e for e in _examples(spec, media) if isinstance(e, dict)), None)
        value = example if example is not None else minimal_instance(spec, schema)
        if media_type.startswith("multipart/"):
            properties = schema.get("properties") or {}
            value = {
                key: b"modelgates test upload\n" if _resolve(spec, properties.get(key, {})).get("format") == "binary"
                else item
                for key, item in (value or {}).items()
            }
        return dict(value or {}), media_type.startswith("multipart/")
    return {}, False


def _arguments(spec: Mapping[str, Any], operation: Mapping[str, Any], generated: Operation) -> dict[str, Any]:
    by_wire = {(where, wire): public for public, (where, wire) in generated.fields.items()}
    arguments: dict[str, Any] = {}
    for raw in operation.get("parameters") or ():
        parameter = _resolve(spec, raw)
        if parameter["name"].lower() == "authorization" or not parameter.get("required"):
            continue
        value = parameter.get("example", minimal_instance(spec, parameter.get("schema") or {}))
        arguments[by_wire[(parameter["in"], parameter["name"])]] = value if value not in ("", None) else "x"
    body, _ = _body(spec, operation)
    extra = {}
    for wire, value in body.items():
        public = by_wire.get(("body", wire))
        if public is None:
            extra[wire] = value  # a field the typed signature does not have: the escape hatch
        else:
            arguments[public] = value
    if extra:
        arguments["extra_body"] = extra
    return arguments


def cases() -> list[OperationCase]:
    spec = load_spec()
    found = []
    for name, http in OPERATIONS.items():
        group, method = name.split(".")
        verb, path = http.split(" ", 1)
        generated = _operation(group, method)
        arguments = _arguments(spec, spec["paths"][path][verb.lower()], generated)
        found.append(OperationCase(name, http, group, method, generated, arguments))
    return found
