"""A small ModelGates spec for the tests of the generation pipeline's mechanics.

Generating the full openapi.yaml (97 operations, ~770 schemas) takes 10-20 s; what the drift
check, the failure reports, the rule records and the wrapper contract do is the same on a spec
with a handful of operations, which generates in a couple of seconds. ``small_spec`` trims
openapi.yaml to:

- the two seed operations (speech and chat: everything ``scripts/generated_contract.py`` checks);
- ``GET /models`` (its ``application/rss+xml`` alternative) and ``POST /files`` (a multipart upload),
  so that every entry of ``scripts/wrapper_served.yaml`` still matches something;
- ``POST /auth/keys/code`` (409) and ``POST /credits/coinbase`` (410), so that every typed error's
  generated model exists;

and to the component schemas those operations reach through ``$ref`` (transitively). It keeps the
title ``ModelGates API``: generate.py holds it to the wrapper's contract like the real one. One
test still generates the full openapi.yaml and the raw upstream snapshots (tests/pipeline).
"""

from __future__ import annotations

import copy
from typing import Any

SMALL_OPERATIONS: tuple[tuple[str, str], ...] = (
    ("/audio/speech", "post"),
    ("/chat/completions", "post"),
    ("/models", "get"),
    ("/files", "post"),
    ("/auth/keys/code", "post"),
    ("/credits/coinbase", "post"),
)
_PREFIX = "#/components/schemas/"


def _refs(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_PREFIX):
            found.add(ref[len(_PREFIX) :])
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for item in node:
            _refs(item, found)


def small_spec(full: dict[str, Any]) -> dict[str, Any]:
    """``full`` (openapi.yaml, parsed) trimmed to ``SMALL_OPERATIONS`` and the schemas they reach."""
    spec = copy.deepcopy({k: v for k, v in full.items() if k not in ("paths", "components")})
    paths: dict[str, Any] = {}
    for path, method in SMALL_OPERATIONS:
        item = full["paths"][path]
        kept = {k: v for k, v in item.items() if k not in ("get", "put", "post", "delete", "patch")}
        kept[method] = item[method]
        paths[path] = copy.deepcopy(kept)
    spec["paths"] = paths
    schemas = full["components"]["schemas"]
    needed: set[str] = set()
    todo: set[str] = set()
    _refs(paths, todo)
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed.add(name)
        _refs(schemas[name], todo)
    components = copy.deepcopy({k: v for k, v in full["components"].items() if k != "schemas"})
    components["schemas"] = {name: copy.deepcopy(schema) for name, schema in schemas.items() if name in needed}
    spec["components"] = components
    return spec
