"""What the server may add tomorrow never breaks today's SDK (issue 13, point 6).

For every generated model of a component schema: the smallest instance the schema accepts, plus a
field the spec does not have and, for every string enum field, a value it does not list, parses;
the unknown field stays readable. For every operation whose JSON body has string enum fields, a
value outside each enum is sent as given (to a server that does not validate: tomorrow's server).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from modelgates import ModelGates
from modelgates.testing import LocalServer, load_spec
from modelgates.testing._generic import _resolve, minimal_instance
from modelgates_api import models

from tests.contract.operations import CASES_BY_NAME, OperationCase, cases

SPEC = load_spec()
FUTURE = "value_added_tomorrow"


def _open_string_enum(spec: Mapping[str, Any], schema: Any) -> bool:
    resolved = _resolve(spec, schema)
    values = [v for v in (resolved.get("enum") or []) if v is not None] if isinstance(resolved, Mapping) else []
    return len(values) > 1 and all(isinstance(v, str) for v in values)


@functools.cache  # on first use, not at import: every xdist worker collects this module
def _models() -> list[tuple[str, Any, dict[str, Any]]]:
    found = []
    for name, schema in SPEC["components"]["schemas"].items():
        cls = getattr(models, name, None)
        base = minimal_instance(SPEC, schema)
        if cls is None or not hasattr(cls, "from_dict") or not isinstance(base, dict):
            continue  # unions, enums and scalars have no model class of their own
        found.append((name, cls, base))
    return found


def test_the_sweep_covers_the_models_of_the_spec() -> None:
    assert len(_models()) > 600


def test_every_model_keeps_an_unknown_field_and_unknown_enum_values() -> None:
    failures = []
    for name, cls, base in _models():
        schema = _resolve(SPEC, SPEC["components"]["schemas"][name])
        extra = schema.get("additionalProperties")
        # A typed map takes tomorrow's keys with values of its declared type; any other object any value.
        value = minimal_instance(SPEC, extra) if isinstance(extra, Mapping) else {"nested": [1, "two"]}
        future = {**base, "field_added_tomorrow": value}
        enums = [key for key, prop in (schema.get("properties") or {}).items() if _open_string_enum(SPEC, prop)]
        future |= dict.fromkeys(enums, FUTURE)
        try:
            parsed = cls.from_dict(future)
            assert parsed.additional_properties["field_added_tomorrow"] is not None
            for key in enums:
                assert FUTURE in repr(parsed), key
        except Exception as exc:  # each model is a case: report them all at once
            failures.append(f"{name}: {type(exc).__name__}: {str(exc)[:160]}")
    assert failures == []


def _enum_cases() -> list[tuple[OperationCase, str]]:
    found = []
    for case in cases():
        verb, path = case.http.split(" ", 1)
        body = _resolve(SPEC, SPEC["paths"][path][verb.lower()].get("requestBody") or {})
        schema = _resolve(SPEC, ((body.get("content") or {}).get("application/json") or {}).get("schema") or {})
        for wire, prop in (schema.get("properties") or {}).items():
            public = next((p for p, (where, w) in case.operation.fields.items() if where == "body" and w == wire), None)
            if public is not None and _open_string_enum(SPEC, prop):
                found.append((case, public))
    return found


ENUM_CASES = _enum_cases()


@pytest.fixture(scope="module")
def tomorrow() -> Iterator[LocalServer]:
    with LocalServer(validate=False) as running:  # tomorrow's server accepts tomorrow's values
        yield running


def test_request_enum_fields_are_many() -> None:
    assert len(ENUM_CASES) > 20
    assert ("tts.create_speech", "response_format") in {(c.name, f) for c, f in ENUM_CASES}
    assert CASES_BY_NAME["chat.send"].operation.events_class is not None


@pytest.mark.parametrize(("case", "field"), ENUM_CASES, ids=[f"{c.name}.{f}" for c, f in ENUM_CASES])
def test_an_unlisted_request_enum_value_is_sent_as_given(
    case: OperationCase, field: str, tomorrow: LocalServer
) -> None:
    tomorrow.clear()
    arguments = {**case.arguments, field: FUTURE}
    with ModelGates(api_key=tomorrow.api_key, server_url=tomorrow.url) as client:
        result = getattr(getattr(client, case.group), case.method)(**arguments)
        close = getattr(result, "close", None)
        if callable(close):
            close()
    wire = case.operation.fields[field][1]
    assert tomorrow.requests[0].json()[wire] == FUTURE
