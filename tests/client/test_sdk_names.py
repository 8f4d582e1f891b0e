"""The client's method names are the upstream Python SDK's (``spec/upstream/sdk-names.tsv``, from ../shared/specs).

A user moving from the upstream SDK finds every operation under the name they know, with an
``_async`` twin, on the same HTTP route.
"""

from __future__ import annotations

import csv
import inspect
from pathlib import Path

from modelgates import ModelGates
from modelgates_api.resources import OPERATIONS
from pytest_httpserver import HTTPServer

NAMES = Path(__file__).resolve().parents[2] / "spec" / "upstream" / "sdk-names.tsv"


def _rows() -> list[dict[str, str]]:
    with NAMES.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_every_upstream_name_resolves_with_its_async_twin_on_the_same_route() -> None:
    rows = _rows()
    assert len(rows) == 96
    with ModelGates(api_key="unused") as client:
        for row in rows:
            group, method = row["python_name"].split(".")
            sync = getattr(getattr(client, group), method)
            twin = getattr(getattr(client, group), f"{method}_async")
            assert callable(sync) and inspect.iscoroutinefunction(twin), row["python_name"]
            assert OPERATIONS[row["python_name"]] == f"{row['method']} {row['path']}"
            parameters = inspect.signature(sync).parameters.values()
            assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters), row["python_name"]
            assert list(inspect.signature(twin).parameters) == [p.name for p in parameters]


def test_the_client_has_exactly_the_upstream_names_plus_the_deprecated_coinbase_charge() -> None:
    listed = {row["python_name"] for row in _rows()}
    assert set(OPERATIONS) - listed == {"credits.create_coinbase_charge"}
    assert listed <= set(OPERATIONS)


def test_help_shows_the_parameters_of_the_spec() -> None:
    with ModelGates(api_key="unused") as client:
        signature = inspect.signature(client.chat.send)
        for name in ("messages", "model", "temperature", "tools", "stream", "x_open_router_experimental_metadata"):
            assert name in signature.parameters, name
        assert "Sampling temperature" in (client.chat.send.__doc__ or "")
        assert list(inspect.signature(client.tts.create_speech).parameters)[:3] == ["input", "model", "voice"]


def test_an_id_the_spec_calls_a_uuid_is_the_string_the_server_sent(client: ModelGates, httpserver: HTTPServer) -> None:
    # `format` is an annotation in JSON Schema 2020-12: a server may send any string there, and the
    # user compares the id with the one they hold (uuid.UUID("...") == "..." is False).
    assignment = {
        "id": "asgn_not-a-uuid",
        "guardrail_id": "550E8400-E29B-41D4-A716-446655440001",
        "assigned_by": None,
        "created_at": "2025-08-24T10:30:00Z",
        "key_hash": "c5",
        "key_label": "prod-key",
        "key_name": "Production Key",
    }
    httpserver.expect_request("/api/v1/guardrails/assignments/keys").respond_with_json(
        {"data": [assignment], "total_count": 1}
    )
    listed = client.guardrails.list_key_assignments()
    first = listed.data[0]
    assert (first.id, first.guardrail_id) == ("asgn_not-a-uuid", "550E8400-E29B-41D4-A716-446655440001")
    assert listed.to_dict()["data"][0] == assignment
