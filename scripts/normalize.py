"""Rewrite generator-unfriendly OpenAPI constructs into equivalent ones the generator reads.

openapi-python-client==0.29.1 skips, with only a warning and exit code 0, constructs that are
valid OpenAPI (and common in real specs: the upstream snapshots use each of them). Each rule
here is one small function that rewrites one construct, with a docstring saying which and why
the generator needs it. Rules are general: none names a schema. A rule never drops information
a client needs: it moves it into a form the generator reads (annotations stay, alternative media
types are remembered under ``x-modelgates-media-types``).

The pass is pure and deterministic: same input, same output and the same log, in spec order.
Each log line is ``<rule>: <where>: <what>``, and ``rules_applied`` groups them per rule for the
generation record.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["BINARY_MEDIA_PREFIXES", "RULES", "normalize", "rules_applied"]

OCTET_STREAM = "application/octet-stream"
# Media types whose bodies are opaque bytes. The generator only knows application/octet-stream
# for those, and drops the whole response for e.g. audio/mpeg.
BINARY_MEDIA_PREFIXES = ("audio/", "image/", "video/")
SCHEMA_PREFIX = "#/components/schemas/"
# Keywords that describe a schema without constraining it: an allOf member made only of these
# just annotates the other member.
ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly", "default", "$comment"}
)

Log = list[str]


# -- walking ------------------------------------------------------------------------------------


def _walk(node: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every dict in the document, parents before children, with its JSON pointer."""
    if isinstance(node, dict):
        yield where, node
        for key, value in list(node.items()):
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def _walk_post_order(node: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every dict, children before parents (a rewrite of an inner schema is seen by the outer one)."""
    if isinstance(node, dict):
        for key, value in list(node.items()):
            yield from _walk_post_order(value, f"{where}/{key}")
        yield where, node
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_post_order(value, f"{where}/{index}")


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


def _resolve(spec: dict[str, Any], schema: Any) -> Any:
    """The schema a local ``$ref`` points at (followed through chains), or the schema itself."""
    seen: set[str] = set()
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"] not in seen:
        ref = schema["$ref"]
        seen.add(ref)
        if not ref.startswith(SCHEMA_PREFIX):
            return schema
        schema = ((spec.get("components") or {}).get("schemas") or {}).get(ref[len(SCHEMA_PREFIX) :], schema)
    return schema


def _types(schema: dict[str, Any]) -> list[str]:
    value = schema.get("type")
    types = [str(t) for t in value] if isinstance(value, list) else [str(value)] if value is not None else []
    if schema.get("nullable") is True and "null" not in types:  # OpenAPI 3.0's spelling of null
        types.append("null")
    return types


def _is_object(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    return "object" in _types(schema) or ("properties" in schema and "type" not in schema)


def _is_annotation_only(schema: Any) -> bool:
    return isinstance(schema, dict) and set(schema) <= ANNOTATIONS


def _is_constraint_only(schema: Any) -> bool:
    """An allOf member that only annotates, marks names required or allows null: no shape of its own."""
    return isinstance(schema, dict) and set(schema) <= ANNOTATIONS | {"required", "nullable"}


# -- the rules ----------------------------------------------------------------------------------


def fold_binary_media_types(spec: dict[str, Any]) -> Log:
    """Response bodies of ``audio/*``, ``image/*``, ``video/*`` binary -> ``application/octet-stream``.

    The generator only reads ``application/octet-stream`` as bytes and drops the whole response
    for e.g. ``audio/mpeg``. Equivalent for a client, which reads any binary body as bytes; the
    original media types are kept under ``x-modelgates-media-types`` for servers and docs.
    """
    log: Log = []
    for where, response in _responses(spec):
        content: dict[str, Any] = response["content"]
        binary = [mt for mt, media in content.items() if _is_binary_media(mt, media)]
        if not binary:
            continue
        rebuilt: dict[str, Any] = {}
        for media_type, media in content.items():
            if media_type in binary:
                if OCTET_STREAM not in rebuilt and OCTET_STREAM not in content:
                    rebuilt[OCTET_STREAM] = {"schema": {"type": "string", "format": "binary"}}
                continue
            rebuilt[media_type] = media
        response["content"] = rebuilt
        response.setdefault("x-modelgates-media-types", []).extend(binary)
        log += [f"{where}: media type {mt} -> {OCTET_STREAM} (binary body)" for mt in binary]
    return log


def _is_binary_media(media_type: str, media: Any) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    if base == OCTET_STREAM:
        return False
    schema = media.get("schema") if isinstance(media, dict) else None
    if schema is None:
        return base.startswith(BINARY_MEDIA_PREFIXES)
    is_binary_string = schema.get("type") == "string" and schema.get("format") == "binary"
    return is_binary_string and (base.startswith(BINARY_MEDIA_PREFIXES) or base.endswith("/*"))


def annotate_ref_directly(spec: dict[str, Any]) -> Log:
    """``allOf: [{$ref: X}, {description: ...}]`` -> ``{$ref: X, description: ...}`` (or ``anyOf [X, null]``).

    An allOf of one reference plus members that only annotate it (description, example, ...) is
    how OpenAPI 3.0 attached a description to a reference; 3.1 allows the siblings directly. The
    generator treats every allOf as a model to merge and fails ("Cannot take allOf a
    non-object") when X is not an object, e.g. a string enum or a nullable object.
    """
    log: Log = []
    for where, node in _walk(spec, "#"):
        members = node.get("allOf")
        if not isinstance(members, list) or "$ref" in node:
            continue
        refs = [m for m in members if isinstance(m, dict) and set(m) == {"$ref"}]
        others = [m for m in members if m not in refs]
        plain = [{k: v for k, v in m.items() if k != "nullable"} for m in others]
        if len(refs) != 1 or not all(_is_annotation_only(m) for m in plain):
            continue
        del node["allOf"]
        nullable = False
        for member in others:
            for key, value in member.items():
                if key == "nullable":
                    nullable = nullable or value is True
                else:
                    node.setdefault(key, value)
        if nullable:  # OpenAPI 3.0's way to make a reference nullable
            node["anyOf"] = [{"$ref": refs[0]["$ref"]}, {"type": "null"}]
            log.append(f"{where}: allOf of {refs[0]['$ref']} and nullable -> anyOf [$ref, null]")
            continue
        node["$ref"] = refs[0]["$ref"]
        log.append(f"{where}: allOf of {refs[0]['$ref']} and annotations -> $ref with the annotations beside it")
    return log


def flatten_object_allof(spec: dict[str, Any]) -> Log:
    """An allOf of objects (references or inline) -> one object schema with all their properties.

    The generator merges allOf members property by property and fails on what real specs do with
    allOf: extend a base and redefine one of its properties (a list made nullable, an enum
    narrowed to a literal, a nested object given more fields), or extend a nullable object
    ("Cannot take allOf a non-object"). Flattening gives the generator the merged object it would
    have built. A property defined by several members takes the later definition (the extension
    refines the base, as its authors meant); one that only annotates keeps the earlier shape.
    Required names add up; the result is nullable if a member is (a response may then carry
    null without failing). Inner allOfs are flattened first.
    """
    log: Log = []
    for where, node in _walk_post_order(spec, "#"):
        _flatten(spec, node, where, log, set())
    return log


def _flatten(spec: dict[str, Any], node: dict[str, Any], where: str, log: Log, visiting: set[int]) -> None:
    members = node.get("allOf")
    if not isinstance(members, list) or "$ref" in node or id(node) in visiting:
        return
    visiting.add(id(node))
    resolved = [_resolve(spec, m) for m in members]
    for member, target in zip(members, resolved, strict=True):
        if isinstance(target, dict) and "allOf" in target:  # a base that is itself an allOf: flatten it first
            _flatten(spec, target, member.get("$ref", where), log, visiting)
    if not any(_is_object(m) for m in resolved) or not all(_is_object(m) or _is_constraint_only(m) for m in resolved):
        return
    own = {k: v for k, v in node.items() if k != "allOf"}
    merged = _merge_objects([*resolved, own] if own else resolved)
    node.clear()
    node.update(merged)
    names = [m.get("$ref", "inline") for m in members]
    log.append(f"{where}: allOf of {', '.join(names)} -> one object ({len(merged.get('properties', {}))} properties)")


def _merge_objects(members: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    properties: dict[str, Any] = {}
    required: list[str] = []
    # Lenient on purpose: a member that allows null lets a response carry null without failing.
    nullable = any("null" in _types(m) for m in members)
    for member in members:
        for name, prop in (member.get("properties") or {}).items():
            if name in properties and _is_annotation_only(prop):
                properties[name] = {**properties[name], **copy.deepcopy(prop)}
            else:
                properties[name] = copy.deepcopy(prop)
        required += [r for r in member.get("required") or [] if r not in required]
        for key, value in member.items():
            if key not in {"properties", "required", "type", "allOf", "nullable"}:
                merged[key] = copy.deepcopy(value)
    merged["type"] = ["object", "null"] if nullable else "object"
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def nullable_components_to_nullable_refs(spec: dict[str, Any]) -> Log:
    """A nullable component schema -> a non-null component, and ``anyOf [$ref, null]`` where it is used.

    ``type: [object, "null"]``, ``nullable: true``, ``enum: [..., null]`` or ``anyOf: [X, null]`` on a
    component makes the generator build it as an anonymous union: no class of that name, and
    inner classes registered twice ("duplicate models"), which drops the schema and everything
    that refers to it. Nullability belongs to the place that uses the schema; moving it there
    keeps the same values valid. References that are allOf members (a base being extended) are
    left as they are: null is no base.
    """
    log: Log = []
    schemas = (spec.get("components") or {}).get("schemas") or {}
    nullable = [name for name, schema in schemas.items() if _strip_null(schema)]
    if not nullable:
        return log
    refs = {SCHEMA_PREFIX + name for name in nullable}
    log += [f"#/components/schemas/{name}: null moved to its references" for name in nullable]
    sites = [
        (node, key, value, index, member)
        for _, node in _walk(spec, "#")
        for key, value in list(node.items())
        for index, member in _children(key, value)
    ]
    for node, key, value, index, member in sites:
        if not (isinstance(member, dict) and member.get("$ref") in refs) or key == "allOf":
            continue
        siblings = {k: v for k, v in member.items() if k != "$ref"}
        wrapped = {"anyOf": [{"$ref": member["$ref"]}, {"type": "null"}], **siblings}
        if index is None:
            node[key] = wrapped
        else:
            value[index] = wrapped
    return log


def _children(key: str, value: Any) -> Iterator[tuple[int | None, Any]]:
    if isinstance(value, dict):
        yield None, value
    elif isinstance(value, list) and key in {"anyOf", "oneOf", "prefixItems"} and {"type": "null"} not in value:
        yield from enumerate(value)


def _strip_null(schema: Any) -> bool:
    """Make ``schema`` (a component) non-null in place; True if it was nullable."""
    if not isinstance(schema, dict):
        return False
    changed = schema.pop("nullable", None) is True
    members = schema.get("anyOf")
    if isinstance(members, list) and {"type": "null"} in members:
        rest = [m for m in members if m != {"type": "null"}]
        del schema["anyOf"]
        if len(rest) == 1 and isinstance(rest[0], dict):
            for k, v in rest[0].items():
                schema.setdefault(k, v)
            schema.pop("nullable", None)
        else:
            schema["anyOf"] = rest
        changed = True
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        rest_types = [t for t in types if t != "null"]
        schema["type"] = rest_types[0] if len(rest_types) == 1 else rest_types
        changed = True
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        schema["enum"] = [v for v in schema["enum"] if v is not None]
        changed = True
    return changed


def name_inline_union_objects(spec: dict[str, Any]) -> Log:
    """An inline object member of a component's anyOf/oneOf -> its own component ``<Name>_type_<i>``.

    The generator parses components in rounds, retrying those whose references were not built
    yet; an inline object inside a union registers its nested classes on a round that then
    fails, and the retry stops on "duplicate models", dropping the schema and all that use it.
    As a component of its own the member is parsed once. The name is the one the generator
    gives such a member anyway (``<Name>Type<i>``), so the class users see is the same.
    """
    log: Log = []
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for name in list(schemas):
        schema = schemas[name]
        if not isinstance(schema, dict):
            continue
        for keyword in ("anyOf", "oneOf"):
            members = schema.get(keyword)
            if not isinstance(members, list):
                continue
            for index, member in enumerate(members):
                if not (_is_object(member) and "$ref" not in member and member.get("properties")):
                    continue
                new_name = f"{name}_type_{index}"
                if new_name in schemas:
                    continue
                schemas[new_name] = member
                members[index] = {"$ref": SCHEMA_PREFIX + new_name}
                log.append(f"#/components/schemas/{name}/{keyword}/{index}: inline object -> component {new_name}")
    return log


def uuid_strings_stay_text(spec: dict[str, Any]) -> Log:
    """``{type: string, format: uuid}`` -> ``{type: string, x-modelgates-format: uuid}``.

    The generator turns a ``uuid`` string into ``uuid.UUID``: parsing a response then raises on any
    id that is not a canonical UUID (in JSON Schema 2020-12 ``format`` is an annotation, so the
    server may send one), and ``workspace.id == "..."`` is False for the very id the user holds.
    Ids stay the strings they are on the wire, as in the other SDKs; the format is kept beside.
    """
    log: Log = []
    for where, node in _walk(spec, "#"):
        if node.get("format") == "uuid" and "string" in _types(node):
            node["x-modelgates-format"] = node.pop("format")
            log.append(f"{where}: format uuid -> x-modelgates-format (the value stays a str)")
    return log


RULES: tuple[Callable[[dict[str, Any]], Log], ...] = (
    fold_binary_media_types,
    annotate_ref_directly,
    flatten_object_allof,
    nullable_components_to_nullable_refs,
    name_inline_union_objects,
    uuid_strings_stay_text,
)


def normalize(spec: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Return a normalized copy of ``spec`` and one log line per rewrite, rules in order."""
    out = copy.deepcopy(spec)
    log: list[str] = []
    for rule in RULES:
        log += [f"{rule.__name__}: {line}" for line in rule(out)]
    return out, log


def rules_applied(log: list[str]) -> list[dict[str, Any]]:
    """Every rule, what it is for, and where it rewrote the spec (for ``_generated_from.json``)."""
    record = []
    for rule in RULES:
        prefix = f"{rule.__name__}: "
        doc = (rule.__doc__ or "").strip().split("\n\n")[0]
        record.append(
            {
                "rule": rule.__name__,
                "rewrites": " ".join(doc.split()),
                "applied_at": [line[len(prefix) :] for line in log if line.startswith(prefix)],
            }
        )
    return record
