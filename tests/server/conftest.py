"""Fixtures for the local server tests: a running server and a plain httpx client pointed at it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from modelgates.testing import LocalServer, SpecValidator

from tests._support import LOOPBACK_TLS

SPEECH_OP = "create-audio-speech"
CHAT_OP = "send-chat-completion-request"

# Exactly what the SDK examples of seeds 000 (speech) and 004 (chat) put on the wire.
SEED_SPEECH: dict[str, Any] = {
    "input": "Hello world",
    "model": "elevenlabs/eleven-turbo-v2",
    "voice": "alloy",
    "response_format": "pcm",
    "speed": 1,
}
SEED_CHAT: dict[str, Any] = {
    "messages": [
        {"content": "You are a helpful assistant.", "role": "system"},
        {"content": "What is the capital of France?", "role": "user"},
    ],
    "max_tokens": 150,
    "model": "openai/gpt-4",
    "stream": False,
    "temperature": 0.7,
}
SEED_HEADERS = {
    "HTTP-Referer": "<value>",
    "X-OpenRouter-Title": "<value>",
    "X-OpenRouter-Categories": "<value>",
}


@pytest.fixture(scope="session")
def validator() -> SpecValidator:
    return SpecValidator.default()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


@pytest.fixture
def client(server: LocalServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(verify=LOOPBACK_TLS, base_url=server.url, headers=headers, timeout=10) as http:
        yield http


def sse_events(text: str) -> list[str]:
    """The raw events of an SSE body (blank-line separated), comments included."""
    return [event for event in text.split("\n\n") if event]


def sse_data(text: str) -> list[Any]:
    """The ``data:`` payloads, JSON-decoded except ``[DONE]``."""
    out: list[Any] = []
    for event in sse_events(text):
        for line in event.split("\n"):
            if line.startswith("data: "):
                payload = line.removeprefix("data: ")
                out.append(payload if payload == "[DONE]" else json.loads(payload))
    return out
