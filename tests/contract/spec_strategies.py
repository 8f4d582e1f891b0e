"""Hypothesis strategies built from the spec's own schemas (OpenAPI 3.1 = JSON Schema 2020-12).

Why not ``hypothesis_jsonschema.from_schema``: the pinned pair (hypothesis-jsonschema 0.23.1 with
hypothesis 6.170.15) fails on every object schema (``AttributeError: 'many' object has no attribute
'more'``: hypothesis changed the private ``many`` helper hypothesis-jsonschema drives). So this
module reads the keywords the spec uses and nothing else; a keyword it does not know raises
``NotImplementedError`` naming it, so a spec that grows one fails loudly here instead of being
half-generated.

Preprocessing, step by step (each keeps the set of valid values the same, or narrows it on
purpose where said):

1. Annotations are dropped before reading a schema: ``description``, ``title``, ``default``,
   ``format`` (``double``/``binary`` are annotations in 2020-12), ``discriminator`` (a hint: the
   ``oneOf`` branches already differ by a ``const``-like single-value ``enum``) and every ``x-*``.
2. ``$ref: '#/components/schemas/X'`` is resolved against ``components/schemas`` (through
   ``st.deferred``, so a recursive schema would work; the spec has none). A ``$ref`` with other
   non-annotation keywords beside it is refused (the spec has none after step 1).
3. ``type: [t, 'null']`` is the union of the same schema with each single type.
4. Sizes are capped to keep examples small: arrays at 3 items (``minItems`` kept), strings at 24
   characters (or their ``maxLength`` when it is at most 64), extra object keys at 2.
   (Narrowing on purpose.)
5. An object schema without ``additionalProperties`` gets extra keys with arbitrary JSON values
   when ``strict=False`` (responses: servers add fields), and none with ``strict=True`` (requests:
   the SDK must send only declared fields; this matches ``conftest.strict_request_spec``).
6. Unbounded integers stay within +/-2**53 (what any JSON peer round-trips exactly); numbers are
   finite (JSON has no NaN or infinity).

Every value these strategies produce is validated by the real validator in the tests, so a mistake
here shows as a failing test, never as a weaker one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

__all__ = ["SchemaStrategies", "json_values"]

ANNOTATIONS = frozenset({"description", "title", "default", "format", "discriminator", "examples", "example"})
SUPPORTED = frozenset(
    {
        "$ref",
        "type",
        "properties",
        "required",
        "additionalProperties",
        "enum",
        "const",
        "oneOf",
        "anyOf",
        "items",
        "minItems",
        "maxItems",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "maxProperties",
        "propertyNames",
    }
)
MAX_ITEMS = 3
MAX_TEXT = 24
MAX_EXTRA_KEYS = 2
SAFE_INT = 2**53


def json_values() -> st.SearchStrategy[Any]:
    """Any small JSON value."""
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(-SAFE_INT, SAFE_INT)
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=10)
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=6,
    )


def _number(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    low, high = schema.get("minimum"), schema.get("maximum")
    integers = st.integers(-SAFE_INT if low is None else int(low), SAFE_INT if high is None else int(high))
    return integers | st.floats(low, high, allow_nan=False, allow_infinity=False)


def _string(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    limit = schema.get("maxLength")
    return st.text(min_size=schema.get("minLength", 0), max_size=limit if limit and limit <= 64 else MAX_TEXT)


def _plain(schema: dict[str, Any]) -> dict[str, Any]:
    kept = {key: value for key, value in schema.items() if key not in ANNOTATIONS and not key.startswith("x-")}
    unknown = set(kept) - SUPPORTED
    if unknown:
        raise NotImplementedError(f"schema keyword(s) {sorted(unknown)} not supported by spec_strategies: {schema}")
    return kept


class SchemaStrategies:
    """``for_component("ChatRequest")``: a strategy of values valid against that schema."""

    def __init__(self, spec: dict[str, Any], *, strict: bool) -> None:
        self._components: dict[str, Any] = spec["components"]["schemas"]
        self._strict = strict
        self._named: dict[str, st.SearchStrategy[Any]] = {}

    def for_component(self, name: str) -> st.SearchStrategy[Any]:
        if name not in self._named:
            if name not in self._components:
                raise KeyError(f"no schema {name!r} in components/schemas")
            self._named[name] = st.deferred(lambda: self.for_schema(self._components[name]))
        return self._named[name]

    def for_schema(self, raw: Any) -> st.SearchStrategy[Any]:
        schema = _plain(raw) if isinstance(raw, dict) else {}
        if "$ref" in schema:
            return self._ref(schema)
        if "enum" in schema or "const" in schema:
            return st.sampled_from(schema["enum"]) if "enum" in schema else st.just(schema["const"])
        union = next((key for key in ("oneOf", "anyOf") if key in schema), None)
        if union is not None:
            if len(schema) > 1:
                raise NotImplementedError(f"{union} with sibling keywords: {raw}")
            return st.one_of([self.for_schema(branch) for branch in schema[union]])
        kind = schema.get("type")
        if kind is None:
            if set(schema) - {"items"}:  # keywords without a type: not in the spec, not guessed at
                raise NotImplementedError(f"untyped schema with keywords: {raw}")
            return json_values()  # {} (or `true`): any JSON value
        if isinstance(kind, list):
            return st.one_of([self.for_schema({**schema, "type": single}) for single in kind])
        if kind not in self._builders:
            raise NotImplementedError(f"schema type {kind!r} not supported: {schema}")
        return self._builders[kind](schema)

    def _ref(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        if len(schema) > 1:
            raise NotImplementedError(f"$ref with sibling keywords: {schema}")
        ref = schema["$ref"]
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix):
            raise NotImplementedError(f"$ref outside components/schemas: {ref}")
        return self.for_component(ref[len(prefix) :])

    @property
    def _builders(self) -> dict[str, Callable[[dict[str, Any]], st.SearchStrategy[Any]]]:
        return {
            "null": lambda _: st.none(),
            "boolean": lambda _: st.booleans(),
            "integer": lambda s: st.integers(s.get("minimum", -SAFE_INT), s.get("maximum", SAFE_INT)),
            "number": _number,
            "string": _string,
            "array": self._array,
            "object": self._object,
        }

    def _array(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        low = schema.get("minItems", 0)
        high = max(low, min(schema.get("maxItems", MAX_ITEMS), MAX_ITEMS))
        return st.lists(self.for_schema(schema.get("items", {})), min_size=low, max_size=high)

    def _object(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        base = st.fixed_dictionaries(
            {name: self.for_schema(sub) for name, sub in properties.items() if name in required},
            optional={name: self.for_schema(sub) for name, sub in properties.items() if name not in required},
        )
        extra = schema.get("additionalProperties")
        if extra is False or (extra is None and self._strict):
            return base
        values = json_values() if extra is None or extra is True else self.for_schema(extra)
        names = schema.get("propertyNames", {})
        if set(_plain(names)) - {"maxLength"}:
            raise NotImplementedError(f"propertyNames other than maxLength: {names}")
        keys = st.text(max_size=min(names.get("maxLength", 12), 12)).filter(lambda key: key not in properties)
        most = min(schema.get("maxProperties", MAX_EXTRA_KEYS), MAX_EXTRA_KEYS + (0 if properties else 1))
        extras = st.dictionaries(keys, values, max_size=most)
        return st.tuples(base, extras).map(lambda pair: {**pair[1], **pair[0]})
