"""openapi.yaml is valid OpenAPI 3.1 and says what the seeds publish."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import ROOT, run

# openapi-spec-validator takes ~4 s on the full spec: a safety net on a busy machine, not a measure.
pytestmark = pytest.mark.timeout(240)

# Seed 004's parameter table (the chat SDK docs), minus the header-only attribution parameters.
SEED_004_BODY_PARAMETERS = {
    "messages", "cache_control", "debug", "frequency_penalty", "image_config", "logit_bias", "logprobs",
    "max_completion_tokens", "max_tokens", "metadata", "modalities", "model", "models", "parallel_tool_calls",
    "plugins", "presence_penalty", "provider", "reasoning", "response_format", "seed", "service_tier",
    "session_id", "stop", "stream", "stream_options", "temperature", "tool_choice", "tools", "top_logprobs",
    "top_p", "trace", "user",
}  # fmt: skip
CHAT_ERROR_STATUSES = {"400", "401", "402", "403", "404", "408", "413", "422", "429", "500", "502", "503", "524", "529"}
SPEECH_ERROR_STATUSES = {"400", "401", "402", "404", "429", "500", "502", "503", "524", "529"}


VALIDATE = """
import sys
from modelgates.testing._validation import load_spec
from openapi_spec_validator import validate
spec = load_spec(sys.argv[1])
validate(spec)
print("valid OpenAPI", spec["openapi"])
"""


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    # In a child that coverage does not trace (tests/conftest.py, untraced_env): the validator is
    # not code coverage measures, and under its tracer it took three times as long.
    result = run("-c", VALIDATE, ROOT / "openapi.yaml", timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == f"valid OpenAPI {spec['openapi']}"


def test_speech_operation_is_the_published_one(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/audio/speech"]["post"]
    assert op["operationId"] == "create-audio-speech"
    auth = [p for p in op["parameters"] if p["name"] == "Authorization"]
    assert auth and auth[0]["in"] == "header" and auth[0]["required"] is True
    assert set(op["responses"]) == {"200", *SPEECH_ERROR_STATUSES}
    assert "application/octet-stream" in op["responses"]["200"]["content"]
    schemas = spec["components"]["schemas"]
    assert len(schemas["ProviderOptions"]["properties"]) == 111
    assert {"01ai", "lambda", "z-ai"} <= set(schemas["ProviderOptions"]["properties"])
    fmt = schemas["SpeechRequestResponseFormat"]
    assert fmt["enum"] == ["mp3", "pcm"] and fmt["default"] == "pcm"
    assert schemas["SpeechRequest"]["properties"]["speed"] == {
        "type": "number",
        "format": "double",
        "description": schemas["SpeechRequest"]["properties"]["speed"]["description"],
    }
    assert schemas["SpeechRequest"]["required"] == ["input", "model", "voice"]


def test_chat_operation_takes_every_seed_parameter(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/chat/completions"]["post"]
    body = spec["components"]["schemas"]["ChatRequest"]
    assert set(body["properties"]) == SEED_004_BODY_PARAMETERS
    assert body["additionalProperties"] is False
    headers = {p["name"] for p in op["parameters"] if p["in"] == "header"}
    assert headers == {"Authorization", "X-OpenRouter-Experimental-Metadata"}
    assert set(op["responses"]) == {"200", *CHAT_ERROR_STATUSES}
    assert list(op["responses"]["200"]["content"]) == ["application/json", "text/event-stream"]


def test_every_error_response_of_the_seed_operations_uses_the_common_envelope(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for path in ("/audio/speech", "/chat/completions"):
        for status, response in spec["paths"][path]["post"]["responses"].items():
            if status.startswith("2"):
                continue
            ref = response["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
            envelope = schemas[ref]
            assert set(envelope["properties"]) == {"error", "modelgates_metadata", "user_id"}, ref
            data = schemas[envelope["properties"]["error"]["$ref"].rsplit("/", 1)[-1]]
            assert set(data["properties"]) == {"code", "message", "metadata"}, ref
            assert data["required"] == ["code", "message"]


def test_every_error_response_of_every_operation_is_a_json_error_object(spec: dict[str, Any]) -> None:
    """What error_from_response relies on: each declared error status has a JSON body with an error."""
    schemas = spec["components"]["schemas"]
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                if int(status) < 400:
                    continue
                schema = response["content"]["application/json"]["schema"]
                envelope = schemas[schema["$ref"].rsplit("/", 1)[-1]]
                assert "error" in envelope["properties"], f"{method.upper()} {path} {status}"
