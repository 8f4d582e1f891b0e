"""The documented examples (seeds 000 and 004), run verbatim against a local server."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from seed_examples import SEED_000, SEED_004_PRINT_RESULT
from werkzeug import Response

from .conftest import API_KEY, CHAT_RESULT, header_names, serve_sequence

SEED_004 = SEED_004_PRINT_RESULT  # the form: print(res) instead of the event-stream block

TRANSPORT_HEADERS = {"host", "accept", "accept-encoding", "connection", "content-length"}
DOCUMENTED = {
    "authorization",
    "user-agent",
    "content-type",
    "http-referer",
    "x-openrouter-title",
    "x-openrouter-categories",
}


@pytest.fixture
def seed_env(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELGATES_SERVER_URL", httpserver.url_for("/api/v1"))
    monkeypatch.setenv("MODELGATES_API_KEY", API_KEY)
    for name in ("MODELGATES_HTTP_REFERER", "MODELGATES_X_OPEN_ROUTER_TITLE", "MODELGATES_X_OPEN_ROUTER_CATEGORIES"):
        monkeypatch.delenv(name, raising=False)


def run(code: str) -> None:
    exec(compile(code, "<seed>", "exec"), {"__name__": "__main__"})


def check_common_headers(request: Any) -> None:
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["User-Agent"].startswith("modelgates-python/")
    assert request.headers["Content-Type"] == "application/json"
    for name in ("HTTP-Referer", "X-OpenRouter-Title", "X-OpenRouter-Categories"):
        assert request.headers[name] == "<value>"


def test_seed_000_speech_example(httpserver: HTTPServer, seed_env: None, capsys: pytest.CaptureFixture[str]) -> None:
    seen = serve_sequence(
        httpserver, "/api/v1/audio/speech", [Response(b"\x00\x01" * 2400, status=200, content_type="audio/pcm")]
    )
    run(SEED_000)
    (request,) = seen
    assert request.method == "POST"
    assert json.loads(request.get_data()) == {
        "input": "Hello world",
        "model": "elevenlabs/eleven-turbo-v2",
        "voice": "alloy",
        "response_format": "pcm",
        "speed": 1,
    }
    assert header_names(request) == TRANSPORT_HEADERS | DOCUMENTED
    check_common_headers(request)
    printed = capsys.readouterr().out
    assert "200" in printed
    assert API_KEY not in printed


def test_seed_004_chat_example(httpserver: HTTPServer, seed_env: None, capsys: pytest.CaptureFixture[str]) -> None:
    seen = serve_sequence(
        httpserver, "/api/v1/chat/completions", [Response(json.dumps(CHAT_RESULT), content_type="application/json")]
    )
    run(SEED_004)
    (request,) = seen
    assert request.method == "POST"
    assert json.loads(request.get_data()) == {
        "messages": [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "What is the capital of France?"},
        ],
        "max_tokens": 150,
        "model": "openai/gpt-4",
        "stream": False,
        "temperature": 0.7,
    }
    assert header_names(request) == TRANSPORT_HEADERS | DOCUMENTED | {"x-openrouter-experimental-metadata"}
    check_common_headers(request)
    assert request.headers["X-OpenRouter-Experimental-Metadata"] == "enabled"
    printed = capsys.readouterr().out
    assert "Paris." in printed
    assert "gen-123" in printed
