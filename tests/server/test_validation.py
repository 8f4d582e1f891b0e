"""SpecValidator against the shipped spec: the seeds' requests pass, broken ones say what is wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from modelgates.testing import SpecValidator, load_spec

from tests._data import SEED_004_PARAMS

from .conftest import CHAT_OP, SEED_CHAT, SEED_HEADERS, SEED_SPEECH, SPEECH_OP

AUTH = {"Authorization": "Bearer sk-test", "Content-Type": "application/json"}


def _check(validator: SpecValidator, path: str, document: Any, headers: dict[str, str] | None = None) -> list[str]:
    return validator.validate_request("POST", path, headers or AUTH, json.dumps(document).encode())


def test_seed_speech_request_is_valid(validator: SpecValidator) -> None:
    assert _check(validator, "/audio/speech", SEED_SPEECH, {**AUTH, **SEED_HEADERS}) == []


def test_seed_chat_request_is_valid(validator: SpecValidator) -> None:
    headers = {**AUTH, **SEED_HEADERS, "X-OpenRouter-Experimental-Metadata": "enabled"}
    assert _check(validator, "/chat/completions", SEED_CHAT, headers) == []


def test_seed_chat_parameter_examples_are_valid(validator: SpecValidator) -> None:
    # The example value of every parameter seed 004 documents, together in one request (the seed's
    # own max_tokens, model and temperature win; plugins and session_id are not part of this check).
    examples = {name: value for name, value in SEED_004_PARAMS.items() if name not in ("plugins", "session_id")}
    request = {**examples, **SEED_CHAT}
    assert _check(validator, "/chat/completions", request) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"foo": 1}, "Additional properties are not allowed ('foo' was unexpected)"),
        ({"messages": None}, "request body at messages: None is not of type 'array'"),
        ({"messages": []}, "request body at messages: [] should be non-empty"),
        ({"temperature": 3}, "request body at temperature: 3 is greater than the maximum of 2"),
        ({"messages": [{"role": "bogus", "content": "x"}]}, "messages[0]: role 'bogus' is not one of ['assistant'"),
        ({"messages": [{"role": "user", "content": "x", "foo": 1}]}, "messages[0]: Additional properties"),
        ({"tool_choice": "maybe"}, 'tool_choice: "maybe" is not valid: expected "none" or "auto" or "required"'),
    ],
)
def test_bad_chat_requests_are_explained(validator: SpecValidator, change: dict[str, Any], expected: str) -> None:
    violations = _check(validator, "/chat/completions", {**SEED_CHAT, **change})
    assert any(expected in v for v in violations), violations


def test_missing_messages(validator: SpecValidator) -> None:
    assert _check(validator, "/chat/completions", {"model": "x"}) == ["request body: 'messages' is a required property"]


def test_wrong_enum_in_speech(validator: SpecValidator) -> None:
    violations = _check(validator, "/audio/speech", {**SEED_SPEECH, "response_format": "wav"})
    assert violations == ["request body at response_format: 'wav' is not one of ['mp3', 'pcm']"]


def test_missing_required_speech_field(validator: SpecValidator) -> None:
    request = {key: value for key, value in SEED_SPEECH.items() if key != "voice"}
    assert _check(validator, "/audio/speech", request) == ["request body: 'voice' is a required property"]


@pytest.mark.parametrize(
    ("authorization", "expected"),
    [
        (None, "missing required header 'Authorization'"),
        ("Basic abc", "Authorization header must be 'Bearer <api key>'"),
        ("Bearer ", "Authorization header must be 'Bearer <api key>'"),
    ],
)
def test_authorization_must_be_a_bearer_key(validator: SpecValidator, authorization: str | None, expected: str) -> None:
    headers = {"Content-Type": "application/json"}
    if authorization is not None:
        headers["Authorization"] = authorization
    violations = _check(validator, "/chat/completions", SEED_CHAT, headers)
    assert len(violations) == 1
    assert violations[0].startswith(expected)


def test_header_parameter_enum(validator: SpecValidator) -> None:
    headers = {**AUTH, "x-openrouter-experimental-metadata": "on"}
    violations = _check(validator, "/chat/completions", SEED_CHAT, headers)
    assert violations == ["header 'X-OpenRouter-Experimental-Metadata': 'on' is not one of ['enabled', 'disabled']"]


def test_content_type_and_json_problems(validator: SpecValidator) -> None:
    body = json.dumps(SEED_CHAT).encode()
    no_type = validator.validate_request("POST", "/chat/completions", {"Authorization": "Bearer k"}, body)
    assert no_type == ["missing Content-Type header (expected application/json)"]
    wrong = validator.validate_request("POST", "/chat/completions", {**AUTH, "Content-Type": "text/plain"}, body)
    assert wrong == ["Content-Type 'text/plain' is not accepted (expected application/json)"]
    charset = {**AUTH, "Content-Type": "application/json; charset=utf-8"}
    assert validator.validate_request("POST", "/chat/completions", charset, body) == []
    broken = validator.validate_request("POST", "/chat/completions", AUTH, b"{nope")
    assert len(broken) == 1
    assert broken[0].startswith("request body is not valid JSON")
    assert validator.validate_request("POST", "/chat/completions", AUTH, b"") == ["request body is required"]


def test_unknown_path_and_method(validator: SpecValidator) -> None:
    assert validator.validate_request("POST", "/nope", AUTH, b"") == ["unknown path '/nope'"]
    assert validator.validate_request("GET", "/chat/completions", AUTH, b"") == [
        "method GET is not allowed on /chat/completions (allowed: POST)"
    ]


def test_operation_for(validator: SpecValidator) -> None:
    assert validator.operation_for("POST", "/chat/completions") == CHAT_OP
    assert validator.operation_for("post", "/audio/speech?x=1") == SPEECH_OP
    assert validator.operation_for("GET", "/audio/speech") is None
    assert validator.operation_for("POST", "/models") is None


def test_response_bodies(validator: SpecValidator) -> None:
    envelope = {"error": {"code": 503, "message": "down", "metadata": None}, "user_id": None}
    assert validator.validate_response_body(CHAT_OP, 503, "application/json", envelope) == []
    assert validator.validate_response_body(CHAT_OP, 503, "application/json", json.dumps(envelope).encode()) == []
    assert validator.validate_response_body(CHAT_OP, 503, "application/json", {"error": {"code": "x"}}) == [
        "response body at error: 'message' is a required property",
        "response body at error.code: 'x' is not of type 'integer'",
    ]
    assert validator.validate_response_body(CHAT_OP, 418, "application/json", envelope)[0].startswith(
        "status 418 is not declared"
    )
    assert validator.validate_response_body(SPEECH_OP, 200, "audio/mpeg", b"")[0].startswith(
        "content type 'audio/mpeg' is not declared"
    )
    assert validator.validate_response_body("nope", 200, "application/json", {}) == ["unknown operation 'nope'"]


def test_from_path_and_the_cache(tmp_path: Path, validator: SpecValidator) -> None:
    spec = load_spec()
    copy = tmp_path / "spec.json"
    copy.write_text(json.dumps(spec), encoding="utf-8")
    from_file = SpecValidator.from_path(copy)
    assert from_file.operation_for("POST", "/chat/completions") == CHAT_OP
    assert _check(from_file, "/chat/completions", SEED_CHAT) == []
    bad = json.dumps({**SEED_CHAT, "foo": 1}).encode()
    first = from_file.validate_request("POST", "/chat/completions", AUTH, bad)
    assert first == from_file.validate_request("POST", "/chat/completions", AUTH, bad)  # cached verdict, fresh list
    (tmp_path / "nope.yaml").write_text("just: text\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not an OpenAPI document"):
        load_spec(tmp_path / "nope.yaml")
    assert SpecValidator.default() is validator


SYNTHETIC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/items/{item_id}": {
            "parameters": [{"$ref": "#/components/parameters/Limit"}],
            "get": {
                "operationId": "get-item",
                "parameters": [{"name": "X-Flag", "in": "header", "schema": {"type": "boolean"}}],
                "responses": {"200": {"$ref": "#/components/responses/Item"}, "default": {"description": "other"}},
            },
            "put": {
                "operationId": "put-item",
                "requestBody": {"$ref": "#/components/requestBodies/Tree"},
                "responses": {"4XX": {"description": "error", "content": {"text/plain": {}}}},
            },
        }
    },
    "components": {
        "parameters": {"Limit": {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}}},
        "requestBodies": {
            "Tree": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Tree"}},
                    "application/octet-stream": {"schema": {"type": "string"}},
                },
            }
        },
        "responses": {
            "Item": {
                "description": "an item",
                "content": {"application/json": {"schema": {"oneOf": [{"const": "a"}, {"type": "integer"}]}}},
            }
        },
        "schemas": {
            "Tree": {
                "type": "object",
                "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}},
                "additionalProperties": False,
            }
        },
    },
}


def test_generic_spec_features() -> None:
    spec = SpecValidator(SYNTHETIC)
    assert spec.operation_for("GET", "/items/42") == "get-item"
    assert spec.operation_for("GET", "/items/42/more") is None
    get = spec.validate_request
    assert get("GET", "/items/42?limit=3", {"X-Flag": "true"}, b"") == []
    assert get("GET", "/items/42", {}, b"") == ["missing required query 'limit'"]
    assert get("GET", "/items/42?limit=x", {"X-Flag": "maybe"}, b"") == [
        "query 'limit': 'x' is not of type 'integer'",
        "header 'X-Flag': 'maybe' is not of type 'boolean'",
    ]
    assert get("GET", "/items/1?limit=1", {"Content-Type": "application/json"}, b"{}") == [
        "get-item takes no request body"
    ]
    # A recursive schema is checked through references (it cannot be inlined).
    json_type = {"Content-Type": "application/json"}
    assert get("PUT", "/items/1?limit=1", json_type, b'{"children": [{"children": []}]}') == []
    assert get("PUT", "/items/1?limit=1", json_type, b'{"children": [{"x": 1}]}') == [
        "request body at children[0]: Additional properties are not allowed ('x' was unexpected)"
    ]
    assert get("PUT", "/items/1?limit=1", {"Content-Type": "application/octet-stream"}, b"\x00") == []
    assert get("PUT", "/items/1?limit=1", json_type, b"") == ["request body is required"]
    big = b'{"children": [' + b",".join([b"{}"] * 40000) + b"]}"  # over the verdict cache's size limit
    assert get("PUT", "/items/1?limit=1", json_type, big) == []
    # Responses: $ref'd, range and default keys, non-JSON media, raw bytes that are not JSON.
    assert spec.validate_response_body("get-item", 200, "application/json", "a") == []
    assert spec.validate_response_body("get-item", 200, "application/json", 7) == []
    assert spec.validate_response_body("get-item", 200, "application/json", b"{") == [
        "response body is not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"
    ]
    assert spec.validate_response_body("get-item", 200, "application/json", "b") == [
        'response body: "b" is not valid: expected "a" or integer'
    ]
    assert spec.validate_response_body("get-item", 500, "application/json", {})[0].startswith("content type")
    assert spec.validate_response_body("put-item", 404, "text/plain", "nope") == []


def _multipart(fields: list[tuple[str, str | bytes, str | None]]) -> tuple[dict[str, str], bytes]:
    """A multipart/form-data body: (name, value, filename or None) per part."""
    boundary = "b0undary"
    parts = []
    for name, value, filename in fields:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        data = value if isinstance(value, bytes) else value.encode()
        parts.append(f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + data + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return {"Authorization": "Bearer sk-test", "Content-Type": f"multipart/form-data; boundary={boundary}"}, body


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ([("file", b"RIFF", "a.wav"), ("model", "m", None), ("temperature", "0.2", None)], []),
        (
            [("file", b"RIFF", "a.wav"), ("model", "m", None), ("timestamp_granularities[]", "word", None)],
            [],
        ),
        (
            [("file", b"RIFF", "a.wav"), ("model", "m", None), ("response_format", "bogus", None)],
            ["request body at response_format: 'bogus' is not one of ['json', 'verbose_json']"],
        ),
        (
            [("file", b"RIFF", "a.wav"), ("model", "m", None), ("temperature", "hot", None)],
            ["request body at temperature: 'hot' is not of type 'number'"],
        ),
        ([("model", "m", None)], ["request body: 'file' is a required property"]),
    ],
)
def test_multipart_bodies_are_checked_against_their_schema(
    validator: SpecValidator, fields: list[tuple[str, str | bytes, str | None]], expected: list[str]
) -> None:
    # They were let through unchecked: an SDK that sent a form field as a file went unnoticed.
    headers, body = _multipart(fields)
    assert validator.validate_request("POST", "/audio/transcriptions", headers, body) == expected
