"""The normalization pass rewrites generator-unfriendly constructs, and only those."""

from __future__ import annotations

import copy
from typing import Any

from normalize import normalize


def _spec(responses: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"post": {"operationId": "op-a", "responses": responses}}},
        "components": {"schemas": schemas or {}},
    }


BINARY = {"schema": {"type": "string", "format": "binary"}}


def test_audio_media_type_becomes_octet_stream_and_is_remembered() -> None:
    spec = _spec({"200": {"description": "audio", "content": {"audio/mpeg": BINARY}}})
    out, log = normalize(spec)
    response = out["paths"]["/a"]["post"]["responses"]["200"]
    assert response["content"] == {"application/octet-stream": BINARY}
    assert response["x-modelgates-media-types"] == ["audio/mpeg"]
    assert log == [
        "fold_binary_media_types: op-a response 200: media type audio/mpeg -> application/octet-stream (binary body)"
    ]


def test_several_binary_types_fold_into_one_beside_an_existing_octet_stream() -> None:
    content = {"application/octet-stream": BINARY, "audio/wav": BINARY, "audio/*": BINARY}
    out, log = normalize(_spec({"200": {"description": "a", "content": content}}))
    response = out["paths"]["/a"]["post"]["responses"]["200"]
    assert list(response["content"]) == ["application/octet-stream"]
    assert response["x-modelgates-media-types"] == ["audio/wav", "audio/*"]
    assert len(log) == 2


def test_json_and_event_stream_are_left_alone() -> None:
    content = {"application/json": {"schema": {"type": "object"}}, "text/event-stream": {"schema": {"type": "object"}}}
    spec = _spec({"200": {"description": "a", "content": content}})
    out, log = normalize(spec)
    assert out == spec and log == []


def test_single_ref_allof_with_description_becomes_a_plain_ref() -> None:
    schemas = {
        "Voice": {"type": "string"},
        "Req": {
            "type": "object",
            "properties": {"voice": {"allOf": [{"$ref": "#/components/schemas/Voice"}], "description": "the voice"}},
        },
    }
    out, log = normalize(_spec({}, schemas))
    assert out["components"]["schemas"]["Req"]["properties"]["voice"] == {
        "$ref": "#/components/schemas/Voice",
        "description": "the voice",
    }
    where = "#/components/schemas/Req/properties/voice"
    assert log == [
        f"annotate_ref_directly: {where}: allOf of #/components/schemas/Voice and annotations -> $ref with the "
        "annotations beside it"
    ]


def test_allof_of_non_objects_is_not_touched() -> None:
    schemas = {
        "A": {"type": "string"},
        "B": {"type": "string", "maxLength": 3},
        "Both": {"allOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
    }
    spec = _spec({}, schemas)
    out, log = normalize(spec)
    assert out == spec and log == []


def test_allof_extension_that_redefines_a_base_property_is_flattened_later_wins() -> None:
    schemas = {
        "Base": {
            "type": "object",
            "properties": {"id": {"type": "string"}, "content": {"type": "array", "items": {"type": "string"}}},
            "required": ["id"],
        },
        "Item": {
            "description": "an item",
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {
                    "type": "object",
                    "properties": {
                        "content": {"type": ["array", "null"], "items": {"type": "string"}},
                        "id": {"description": "the id"},
                    },
                    "required": ["content"],
                },
            ],
        },
    }
    out, log = normalize(_spec({}, schemas))
    item = out["components"]["schemas"]["Item"]
    assert "allOf" not in item
    assert item["type"] == "object" and item["description"] == "an item"
    assert item["properties"]["content"] == {"type": ["array", "null"], "items": {"type": "string"}}
    assert item["properties"]["id"] == {"type": "string", "description": "the id"}, "an annotation keeps the shape"
    assert item["required"] == ["id", "content"]
    assert [line.split(":")[0] for line in log] == ["flatten_object_allof"]


def test_nullable_component_moves_null_to_its_references_but_not_into_allof_bases() -> None:
    schemas = {
        "Cost": {"type": ["object", "null"], "properties": {"usd": {"type": "number"}}},
        "Tier": {"type": ["string", "null"], "enum": ["a", "b", None]},
        "Legacy": {"type": "object", "nullable": True, "properties": {"x": {"type": "string"}}},
        "Holder": {
            "type": "object",
            "properties": {
                "cost": {"$ref": "#/components/schemas/Cost", "description": "what it cost"},
                "tiers": {"type": "array", "items": {"$ref": "#/components/schemas/Tier"}},
                "legacy": {"$ref": "#/components/schemas/Legacy"},
            },
        },
    }
    out, log = normalize(_spec({}, schemas))
    got = out["components"]["schemas"]
    assert got["Cost"]["type"] == "object"
    assert got["Tier"] == {"type": "string", "enum": ["a", "b"]}
    assert "nullable" not in got["Legacy"]
    holder = got["Holder"]["properties"]
    assert holder["cost"] == {
        "anyOf": [{"$ref": "#/components/schemas/Cost"}, {"type": "null"}],
        "description": "what it cost",
    }
    assert holder["tiers"]["items"] == {"anyOf": [{"$ref": "#/components/schemas/Tier"}, {"type": "null"}]}
    assert holder["legacy"] == {"anyOf": [{"$ref": "#/components/schemas/Legacy"}, {"type": "null"}]}
    assert sum(line.startswith("nullable_components_to_nullable_refs") for line in log) == 3


def test_nullable_allof_member_becomes_a_nullable_reference() -> None:
    schemas = {
        "Status": {"type": "string", "enum": ["ok"]},
        "Req": {
            "type": "object",
            "properties": {"s": {"allOf": [{"$ref": "#/components/schemas/Status"}, {"nullable": True}]}},
        },
    }
    out, _ = normalize(_spec({}, schemas))
    assert out["components"]["schemas"]["Req"]["properties"]["s"] == {
        "anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "null"}]
    }


def test_inline_object_in_a_component_union_becomes_its_own_component() -> None:
    schemas = {
        "Tool": {
            "anyOf": [
                {"type": "object", "properties": {"type": {"enum": ["function"], "type": "string"}}},
                {"$ref": "#/components/schemas/Other"},
            ]
        },
        "Other": {"type": "object", "properties": {"name": {"type": "string"}}},
    }
    out, log = normalize(_spec({}, schemas))
    got = out["components"]["schemas"]
    assert got["Tool"]["anyOf"][0] == {"$ref": "#/components/schemas/Tool_type_0"}
    assert got["Tool_type_0"]["properties"]["type"]["enum"] == ["function"]
    assert log == [
        "name_inline_union_objects: #/components/schemas/Tool/anyOf/0: inline object -> component Tool_type_0"
    ]


def test_uuid_strings_stay_strings_and_keep_their_format_beside() -> None:
    ids = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "at": {"type": ["string", "null"], "format": "uuid"},
            "n": {"type": "integer", "format": "uuid"},
        },
    }
    out, log = normalize(_spec({"200": {"description": "ok"}}, {"Thing": ids}))
    properties = out["components"]["schemas"]["Thing"]["properties"]
    assert properties["id"] == {"type": "string", "x-modelgates-format": "uuid"}
    assert properties["at"] == {"type": ["string", "null"], "x-modelgates-format": "uuid"}
    assert properties["n"] == ids["properties"]["n"]  # not a string: not this rule's construct
    assert log == [
        f"uuid_strings_stay_text: #/components/schemas/Thing/properties/{name}: format uuid -> x-modelgates-format"
        " (the value stays a str)"
        for name in ("id", "at")
    ]


def test_every_rule_is_recorded_with_what_it_rewrites() -> None:
    from normalize import RULES, rules_applied

    record = rules_applied(["flatten_object_allof: #/x: y"])
    assert [r["rule"] for r in record] == [rule.__name__ for rule in RULES]
    assert all(r["rewrites"] for r in record)
    assert next(r for r in record if r["rule"] == "flatten_object_allof")["applied_at"] == ["#/x: y"]


def test_normalize_is_pure_and_deterministic() -> None:
    spec = _spec({"200": {"description": "audio", "content": {"audio/mpeg": BINARY}}})
    before = copy.deepcopy(spec)
    first = normalize(spec)
    second = normalize(spec)
    assert spec == before
    assert first == second


def test_the_seed_operations_need_no_rewrite() -> None:
    # The seeds' own spec is written in a form the generator reads; the rules are for the upstream's.
    import yaml

    from tests.pipeline.conftest import ROOT

    seeds = yaml.safe_load((ROOT / "spec" / "seed-operations.yaml").read_text(encoding="utf-8"))
    assert normalize(seeds)[1] == []
