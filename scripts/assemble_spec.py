#!/usr/bin/env python3
"""Assemble ``openapi.yaml``, the whole ModelGates API, from an upstream snapshot and the seed overlay.

ModelGates serves the upstream (OpenRouter) API on the same wire, except where the seed documents
define an operation themselves: those operations (``spec/seed-operations.yaml``: speech from
seed 001, chat from seed 004) win over the upstream's. The assembly is a pure function of its two
inputs, so running it on one snapshot, then another, then the first again gives the first file
back byte for byte. The rules, in order:

1. Start from the upstream snapshot.
2. ``info`` and ``servers`` are ModelGates' (the overlay's): the base URL is modelgates.ai.
3. Each operation of the overlay replaces the upstream operation of the same method and path, as
   the seeds publish it (parameters, body, responses, operationId). Only the upstream's generator
   hints (``tags`` and ``x-speakeasy-*``: the SDK's group and method names) are carried over, so
   the seed operations get the same names as in the upstream SDK. An overlay operation the
   upstream lacks is added as it is.
4. The overlay's component schemas replace upstream schemas of the same name (the seeds win where
   they disagree), and are added where the upstream has none.
5. ``x-modelgates-operation-hints`` in the overlay adds hints to upstream operations (e.g. a name
   for an operation the upstream SDK leaves out).
6. Component schemas no operation can reach any more (the upstream's own chat and speech schemas,
   replaced in rule 3) are dropped: they would only be generated as dead classes.
7. OpenAPI 3.0 spellings the upstream left in its 3.1 document are written the 3.1 way, so the
   result is valid 3.1 (the same values stay valid): ``exclusiveMinimum: true`` beside
   ``minimum: N`` becomes ``exclusiveMinimum: N`` (and the same for maximum).

Usage: scripts/assemble_spec.py --upstream FILE [--overlay FILE] [--out FILE]
Prints what changed against the previous output: operations added and removed, schemas added,
removed and changed.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import yaml_io

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "spec" / "seed-operations.yaml"
OUT = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
HINTS_KEY = "x-modelgates-operation-hints"
HEADER = """\
# The ModelGates API: written by scripts/assemble_spec.py (`make update-spec UPSTREAM=<snapshot>`),
# never by hand. Upstream snapshot: {upstream}. Seed overlay: spec/seed-operations.yaml.
"""


def _is_hint(key: str) -> bool:
    return key == "tags" or key.startswith("x-speakeasy-")


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = (item or {}).get(method)
            if isinstance(operation, dict):
                yield method, path, operation


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reachable_schemas(spec: dict[str, Any]) -> set[str]:
    """Names of the component schemas that some operation (or a parameter it names) reaches."""
    components = spec.get("components") or {}
    schemas = components.get("schemas") or {}
    roots = [spec.get("paths") or {}]
    for kind, entries in components.items():
        if kind != "schemas":
            roots.append(entries)
    seen: set[str] = set()
    pending = [ref for root in roots for ref in _refs(root)]
    prefix = "#/components/schemas/"
    while pending:
        ref = pending.pop()
        if not ref.startswith(prefix):
            continue
        name = ref[len(prefix) :]
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        pending.extend(_refs(schemas[name]))
    return seen


def assemble(upstream: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The ModelGates spec and one line per decision the rules took (the assembly log)."""
    spec = copy.deepcopy(upstream)
    log: list[str] = []
    spec["info"] = copy.deepcopy(overlay["info"])
    spec["servers"] = copy.deepcopy(overlay["servers"])
    paths = spec.setdefault("paths", {})
    for method, path, seed_operation in _operations(overlay):
        item = paths.setdefault(path, {})
        upstream_operation = item.get(method) or {}
        operation = copy.deepcopy(seed_operation)
        hints = {k: v for k, v in upstream_operation.items() if _is_hint(k)}
        operation = {k: v for k, v in operation.items() if not _is_hint(k)} | copy.deepcopy(hints)
        item[method] = operation
        verb = "replaces the upstream's" if upstream_operation else "added (the upstream has none)"
        log.append(f"{method.upper()} {path}: the seed operation {verb}; hints kept: {', '.join(sorted(hints)) or '-'}")
    for key, hints in (overlay.get(HINTS_KEY) or {}).items():
        method, _, path = key.partition(" ")
        operation = (paths.get(path) or {}).get(method.lower())
        if operation is None:
            log.append(f"{key}: not in this snapshot, its hints unused")
            continue
        operation.update(copy.deepcopy(hints))
        log.append(f"{key}: hints added: {', '.join(f'{k}={v}' for k, v in hints.items())}")
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in ((overlay.get("components") or {}).get("schemas") or {}).items():
        if name in schemas and schemas[name] != schema:
            log.append(f"schema {name}: the seed's replaces the upstream's")
        schemas[name] = copy.deepcopy(schema)
    reachable = _reachable_schemas(spec)
    dropped = sorted(set(schemas) - reachable)
    for name in dropped:
        del schemas[name]
    if dropped:
        log.append(f"{len(dropped)} schemas no operation reaches dropped: {', '.join(dropped)}")
    spec["components"]["schemas"] = dict(sorted(schemas.items()))
    log += _repair_30_bounds(spec, "#")
    return spec, log


def _repair_30_bounds(node: Any, where: str) -> list[str]:
    """Rule 7: boolean exclusiveMinimum/exclusiveMaximum (3.0) -> the numeric bound of 3.1."""
    log: list[str] = []
    if isinstance(node, dict):
        for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            if isinstance(node.get(exclusive), bool) and bound in node:
                if node.pop(exclusive):
                    node[exclusive] = node.pop(bound)
                log.append(f"{where}: {exclusive} as a boolean (OpenAPI 3.0) -> the 3.1 form")
        for key, value in node.items():
            log += _repair_30_bounds(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            log += _repair_30_bounds(value, f"{where}/{index}")
    return log


def dump(spec: dict[str, Any], upstream_name: str) -> str:
    return HEADER.format(upstream=upstream_name) + yaml_io.dump(spec)


def changes(old: dict[str, Any] | None, new: dict[str, Any]) -> list[str]:
    """What a reader of the diff wants first: operations and schemas added, removed, changed."""
    if old is None:
        return ["no previous openapi.yaml"]

    def ops(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
        return {f"{m.upper()} {p}": o for m, p, o in _operations(spec)}

    def schemas(spec: dict[str, Any]) -> dict[str, Any]:
        return (spec.get("components") or {}).get("schemas") or {}

    old_ops, new_ops = ops(old), ops(new)
    old_schemas, new_schemas = schemas(old), schemas(new)
    out = [f"operations: {len(old_ops)} -> {len(new_ops)}; schemas: {len(old_schemas)} -> {len(new_schemas)}"]
    out += [f"operation added: {k}" for k in sorted(new_ops.keys() - old_ops.keys())]
    out += [f"operation removed: {k}" for k in sorted(old_ops.keys() - new_ops.keys())]
    out += [f"operation changed: {k}" for k in sorted(new_ops.keys() & old_ops.keys()) if new_ops[k] != old_ops[k]]
    out += [f"schema added: {k}" for k in sorted(new_schemas.keys() - old_schemas.keys())]
    out += [f"schema removed: {k}" for k in sorted(old_schemas.keys() - new_schemas.keys())]
    out += [
        f"schema changed: {k}"
        for k in sorted(new_schemas.keys() & old_schemas.keys())
        if json.dumps(new_schemas[k], sort_keys=True) != json.dumps(old_schemas[k], sort_keys=True)
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--upstream", type=Path, required=True, help="an upstream spec snapshot (YAML or JSON)")
    parser.add_argument("--overlay", type=Path, default=OVERLAY)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--quiet", action="store_true", help="print only the summary line of the changes")
    args = parser.parse_args(argv)
    upstream = yaml_io.load(args.upstream.read_text(encoding="utf-8"))
    overlay = yaml_io.load(args.overlay.read_text(encoding="utf-8"))
    spec, log = assemble(upstream, overlay)
    old = yaml_io.load(args.out.read_text(encoding="utf-8")) if args.out.exists() else None
    args.out.write_text(dump(spec, args.upstream.name), encoding="utf-8")
    report = changes(old, spec)
    for line in log if not args.quiet else []:
        print(f"assembled: {line}")
    for line in report if not args.quiet else report[:1]:
        print(f"changed: {line}")
    print(f"wrote {args.out} ({sum(1 for _ in _operations(spec))} operations) from {args.upstream}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
