"""Rewrite generator-unfriendly OpenAPI constructs into equivalent ones.

openapi-python-client==0.29.1 skips, with only a warning and exit code 0, constructs that are
valid OpenAPI. Each rule here replaces one such construct with an equivalent form the generator
handles. A rule never removes information: it only moves it into a form the generator reads.
The pass is pure and deterministic (same input, same output and the same log, in spec order).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

__all__ = ["BINARY_MEDIA_PREFIXES", "normalize"]

OCTET_STREAM = "application/octet-stream"
# Media types whose bodies are opaque bytes. The generator only knows application/octet-stream
# for those, and drops the whole response for e.g. audio/mpeg.
BINARY_MEDIA_PREFIXES = ("audio/", "image/", "video/")


def normalize(spec: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Return a normalized copy of ``spec`` and one log line per rewrite, in spec order."""
    out = copy.deepcopy(spec)
    log: list[str] = []
    for where, response in _responses(out):
        log.extend(_fold_binary_media_types(where, response))
    for where, node in _walk(out, "#"):
        log.extend(_unwrap_single_ref_allof(where, node))
    return out, log


def _responses(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            op_name = operation.get("operationId", f"{method.upper()} {path}")
            for status, response in operation["responses"].items():
                if isinstance(response, dict) and isinstance(response.get("content"), dict):
                    yield f"{op_name} response {status}", response
    for name, response in ((spec.get("components") or {}).get("responses") or {}).items():
        if isinstance(response, dict) and isinstance(response.get("content"), dict):
            yield f"components.responses.{name}", response


def _is_binary_media(media_type: str, media: Any) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    if base == OCTET_STREAM:
        return False
    schema = media.get("schema") if isinstance(media, dict) else None
    if schema is None:
        return base.startswith(BINARY_MEDIA_PREFIXES)
    is_binary_string = schema.get("type") == "string" and schema.get("format") == "binary"
    return is_binary_string and (base.startswith(BINARY_MEDIA_PREFIXES) or base.endswith("/*"))


def _fold_binary_media_types(where: str, response: dict[str, Any]) -> list[str]:
    """audio/*, image/*, video/* binary bodies -> application/octet-stream.

    Equivalent for the generated client: it reads any binary body as bytes. The original media
    types are kept under ``x-modelgates-media-types`` so documentation and servers still see them.
    """
    content: dict[str, Any] = response["content"]
    binary = [mt for mt, media in content.items() if _is_binary_media(mt, media)]
    if not binary:
        return []
    rebuilt: dict[str, Any] = {}
    for media_type, media in content.items():
        if media_type in binary:
            if OCTET_STREAM not in rebuilt and OCTET_STREAM not in content:
                rebuilt[OCTET_STREAM] = {"schema": {"type": "string", "format": "binary"}}
            continue
        rebuilt[media_type] = media
    response["content"] = rebuilt
    response.setdefault("x-modelgates-media-types", []).extend(binary)
    return [f"{where}: media type {mt} -> {OCTET_STREAM} (binary body)" for mt in binary]


def _walk(node: Any, where: str) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def _unwrap_single_ref_allof(where: str, node: dict[str, Any]) -> list[str]:
    """``{allOf: [{$ref: X}], description: ...}`` -> ``{$ref: X, description: ...}``.

    The allOf wrapper is how OpenAPI 3.0 attached a description to a reference; 3.1 allows the
    siblings directly. Generators fail on the wrapper when X is not an object (e.g. a string enum).
    """
    members = node.get("allOf")
    if not (isinstance(members, list) and len(members) == 1):
        return []
    only = members[0]
    if not (isinstance(only, dict) and set(only) == {"$ref"}):
        return []
    if "$ref" in node:
        return []
    del node["allOf"]
    node["$ref"] = only["$ref"]
    return [f"{where}: allOf with a single $ref {only['$ref']} -> plain $ref"]
