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
    assert log == ["op-a response 200: media type audio/mpeg -> application/octet-stream (binary body)"]


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
    assert log == [f"{where}: allOf with a single $ref #/components/schemas/Voice -> plain $ref"]


def test_real_allof_compositions_are_not_touched() -> None:
    schemas = {"Both": {"allOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}}
    spec = _spec({}, schemas)
    out, log = normalize(spec)
    assert out == spec and log == []


def test_normalize_is_pure_and_deterministic() -> None:
    spec = _spec({"200": {"description": "audio", "content": {"audio/mpeg": BINARY}}})
    before = copy.deepcopy(spec)
    first = normalize(spec)
    second = normalize(spec)
    assert spec == before
    assert first == second


def test_the_vendored_spec_needs_no_rewrite(spec: dict[str, Any]) -> None:
    # If this fails, the spec gained a construct the generator cannot read as written;
    # the rewrite is fine, but it should be a conscious choice.
    assert normalize(spec)[1] == []
