"""Every public operation, sync and async, streaming and not, as it reaches a real server.

Each call goes to the loopback ``LocalServer`` (which answers deterministically) and the autouse
``contract`` fixture validates what arrived against openapi.yaml, strictly. On top of that, each
test checks that the body received is exactly what was asked for (plus ``stream``), and that the
answer the user gets is the one the server gave, the same whichever way it was asked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from modelgates import ModelGates
from modelgates.testing import LocalServer

from tests._data import FRANCE, SEED_004_PARAMS
from tests._rawserver import WireRequest

from .conftest import API_KEY, SPEECH, SpecContract, violations_of

MODES = ["sync", "sync-stream", "async", "async-stream"]
PARIS = "The capital of France is Paris."

# Every request parameter of seed 004, with the example values of its table, and the optional
# fields of its nested objects filled in (the strict spec must accept those too).
SEED_004: dict[str, Any] = {
    **SEED_004_PARAMS,
    "cache_control": {"type": "ephemeral", "ttl": "5m"},
    "image_config": {"aspect_ratio": "16:9", "quality": "high", "n": 1, "sizes": ["1024x1024"]},
    "max_tokens": 150,
    "trace": {"trace_id": "trace-abc123", "trace_name": "my-app-trace", "custom": "kept"},
}

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather of a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        "strict": True,
    },
}
TIME_TOOL = {"type": "function", "function": {"name": "get_time", "parameters": {"type": "object"}, "strict": None}}
WEATHER_IN_LYON = [{"role": "user", "content": "What is the weather in Lyon?"}]

EVERY_ROLE_AND_PART = [
    {"role": "system", "content": "You are terse."},
    {
        "role": "system",
        "content": [{"type": "text", "text": "Cache this.", "cache_control": {"type": "ephemeral", "ttl": "1h"}}],
        "name": "rules",
    },
    {"role": "developer", "content": [{"type": "text", "text": "Prefer metric units."}], "name": "dev"},
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "Describe these."},
            {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "high"}},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
            {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
            {"type": "file", "file": {"filename": "doc.pdf", "file_data": "data:application/pdf;base64,JVBERi0="}},
            {"type": "video_url", "video_url": {"url": "https://example.com/v.mp4"}},
        ],
        "name": "alice",
    },
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'}}
        ],
        "refusal": None,
        "reasoning": "The user wants weather.",
        "reasoning_details": [
            {"type": "reasoning.text", "text": "weather", "signature": None, "format": "x", "index": 0}
        ],
    },
    {"role": "assistant", "content": [{"type": "text", "text": "Checking."}], "name": "bot"},
    {"role": "tool", "tool_call_id": "call_1", "content": [{"type": "text", "text": "sunny, 21 C"}]},
    {"role": "tool", "tool_call_id": "call_1", "content": "sunny, 21 C"},
]

PROVIDER_PREFS = {
    "allow_fallbacks": False,
    "require_parameters": True,
    "data_collection": "deny",
    "zdr": None,
    "order": ["openai", "azure"],
    "only": ["openai", "azure", "together"],
    "ignore": ["deepinfra"],
    "quantizations": ["fp8", "bf16", "unknown"],
    "sort": "throughput",
    "max_price": {"prompt": 1, "completion": 2.5, "image": 0.01, "audio": 0, "request": 0.5},
}
EVERY_PLUGIN = [
    {"id": "web", "enabled": True, "max_results": 5, "search_prompt": "Results:", "engine": "exa"},
    {"id": "file-parser", "enabled": True, "pdf": {"engine": "mistral-ocr"}},
    {"id": "response-healing"},
    {"id": "moderation", "enabled": False},
    {"id": "context-compression", "engine": "middle-out"},
]


@dataclass(frozen=True)
class Case:
    messages: list[dict[str, Any]]
    params: dict[str, Any]
    text: str | None = None  # the answer's content, or None when it is a tool call
    tool: str | None = None  # the tool the answer calls

    @property
    def body_params(self) -> dict[str, Any]:
        """The request fields among ``params`` (None means "not set": the SDK leaves it out)."""
        return {k: v for k, v in self.params.items() if v is not None and k != "x_open_router_experimental_metadata"}


CASES: dict[str, Case] = {
    "minimal": Case(FRANCE, {}, text=PARIS),
    "seed-004-every-parameter": Case(
        [{"content": "You are a helpful assistant.", "role": "system"}, *FRANCE],
        {**SEED_004, "x_open_router_experimental_metadata": "enabled"},
        text=PARIS,
    ),
    "every-role-and-content-part": Case(
        EVERY_ROLE_AND_PART, {"model": "openai/gpt-4o"}, text="The tool returned: sunny, 21 C"
    ),
    "tools-auto": Case(
        WEATHER_IN_LYON, {"tools": [WEATHER_TOOL, TIME_TOOL], "tool_choice": "auto"}, tool="get_weather"
    ),
    "tools-required": Case(FRANCE, {"tools": [TIME_TOOL], "tool_choice": "required"}, tool="get_time"),
    "tools-none": Case(
        WEATHER_IN_LYON, {"tools": [WEATHER_TOOL], "tool_choice": "none"}, text="You said: What is the weather in Lyon?"
    ),
    "tools-named": Case(
        WEATHER_IN_LYON,
        {"tools": [WEATHER_TOOL, TIME_TOOL], "tool_choice": {"type": "function", "function": {"name": "get_time"}}},
        tool="get_time",
    ),
    "response-format-text": Case(FRANCE, {"response_format": {"type": "text"}}, text=PARIS),
    "response-format-json-schema": Case(
        FRANCE,
        {
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "capital",
                    "description": "A capital city",
                    "schema": {"type": "object", "properties": {"city": {"type": "string"}}},
                    "strict": True,
                },
            }
        },
        text=PARIS,
    ),
    "plugins-provider-reasoning": Case(
        FRANCE,
        {
            "plugins": EVERY_PLUGIN,
            "provider": PROVIDER_PREFS,
            "reasoning": {"effort": "high", "summary": "detailed", "exclude": False},
        },
        text=PARIS,
    ),
    "reasoning-budget-stop-string": Case(
        FRANCE, {"reasoning": {"max_tokens": 2048, "enabled": True}, "stop": "\n\n"}, text=PARIS
    ),
    "stop-list-nulls-left-out": Case(
        FRANCE,
        {"stop": ["a", "b", "c", "d"], "temperature": None, "provider": None, "seed": None, "service_tier": "flex"},
        text=PARIS,
    ),
    "max-tokens-cut": Case(
        FRANCE, {"max_completion_tokens": 3, "top_p": 0.5, "top_logprobs": 0}, text="The capital of"
    ),
    "metadata-disabled": Case(FRANCE, {"x_open_router_experimental_metadata": "disabled"}, text=PARIS),
}


@dataclass
class Outcome:
    content: str | None
    tools: list[str]
    finish_reason: str | None
    usage_total: int | None
    metadata: Any
    chunks: int


def _outcome(result: Any, chunks: int = 0) -> Outcome:
    choice = result.choices[0]
    message = choice.message
    calls = message.tool_calls if isinstance(message.tool_calls, list) else []
    usage = result.usage
    metadata = result.modelgates_metadata
    return Outcome(
        content=message.content if isinstance(message.content, str) else None,
        tools=[call.function.name for call in calls],
        finish_reason=str(choice.finish_reason) if choice.finish_reason else None,
        usage_total=getattr(usage, "total_tokens", None),
        metadata=metadata.to_dict() if hasattr(metadata, "to_dict") else None,
        chunks=chunks,
    )


async def send_chat(client: ModelGates, mode: str, messages: list[Any], **params: Any) -> Outcome:
    if mode == "sync":
        return _outcome(client.chat.send(messages=messages, **params))
    if mode == "async":
        return _outcome(await client.chat.send_async(messages=messages, **params))
    if mode == "sync-stream":
        with client.chat.send(messages=messages, stream=True, **params) as stream:
            chunks = list(stream)
            return _outcome(stream.final(), len(chunks))
    async with await client.chat.send_async(messages=messages, stream=True, **params) as astream:
        chunks = [chunk async for chunk in astream]
        return _outcome(await astream.final(), len(chunks))


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", list(CASES))
async def test_chat_request_reaches_the_server_as_sent(server: LocalServer, name: str, mode: str) -> None:
    case = CASES[name]
    async with ModelGates(api_key=API_KEY, server_url=server.url) as client:
        outcome = await send_chat(client, mode, case.messages, **case.params)
    (request,) = server.requests
    streamed = mode.endswith("stream")
    assert request.json() == {"messages": case.messages, **case.body_params, "stream": streamed}
    level = case.params.get("x_open_router_experimental_metadata")
    assert request.headers.get("x-openrouter-experimental-metadata") == level
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    # What the user gets: the server's deterministic answer, the same streamed or not.
    if case.tool is not None:
        assert (outcome.content, outcome.tools, outcome.finish_reason) == (None, [case.tool], "tool_calls")
    else:
        assert outcome.tools == []
        assert outcome.content == case.text
        assert outcome.finish_reason == ("length" if name == "max-tokens-cut" else "stop")
    assert outcome.usage_total is not None and outcome.usage_total > 0
    assert outcome.chunks >= (2 if streamed else 0)
    wants_metadata = level == "enabled" and not streamed
    assert (outcome.metadata is not None) == wants_metadata


SPEECH_CASES: dict[str, dict[str, Any]] = {
    "pcm-by-default": {"input": "Hello world", "model": "openai/gpt-4o-mini-tts", "voice": "alloy"},
    "pcm-with-speed": {
        "input": "Hello world",
        "model": "elevenlabs/eleven-turbo-v2",
        "voice": "alloy",
        "response_format": "pcm",
        "speed": 1.5,
    },
    "mp3": {"input": "Hello world", "model": "openai/tts-1", "voice": "nova", "response_format": "mp3", "speed": 1},
    "provider-options": {
        "input": "Bonjour",
        "model": "openai/gpt-4o-mini-tts",
        "voice": "alloy",
        "provider": {"options": {"openai": {"instructions": "calm"}, "azure": {"stability": 0.5}}},
    },
}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", list(SPEECH_CASES))
async def test_speech_request_reaches_the_server_as_sent(server: LocalServer, name: str, mode: str) -> None:
    fields = SPEECH_CASES[name]
    async with ModelGates(api_key=API_KEY, server_url=server.url) as client:
        if mode == "sync":
            with client.tts.create_speech(**fields) as audio:
                content_type, data = audio.content_type, audio.read()
        else:
            async with await client.tts.create_speech_async(**fields) as aaudio:
                content_type, data = aaudio.content_type, await aaudio.aread()
    (request,) = server.requests
    assert request.json() == fields
    assert request.path == SPEECH
    if fields.get("response_format") == "mp3":
        assert content_type == "audio/mpeg"
        assert data[:3] == b"ID3" or data[0] == 0xFF  # an MP3 frame (or tag), not PCM
    else:
        assert content_type == "audio/pcm"
        assert len(data) % 2 == 0  # 16-bit samples
    assert len(data) > 1000


def test_the_contract_catches_what_the_server_would_let_through(server: LocalServer) -> None:
    """The fixture is strict where the spec is silent: a field no schema declares is a violation."""
    body = {"input": "hi", "model": "m", "voice": "alloy", "provider": {"optoins": {}}}
    headers = {"content-type": "application/json", "authorization": f"Bearer {API_KEY}"}
    typo = WireRequest("POST", SPEECH, headers, json.dumps(body).encode())
    assert server._state.validator.validate_request("POST", "/audio/speech", headers, typo.body) == []
    assert any("optoins" in problem for problem in violations_of(typo))
    wrong = [
        WireRequest("POST", "/v1/audio/speech", headers, typo.body),
        WireRequest("GET", SPEECH, headers, b""),
        WireRequest("POST", SPEECH, {"content-type": "application/json"}, b'{"input":"a","model":"m","voice":"v"}'),
        WireRequest("POST", SPEECH, {**headers, "content-type": "text/plain"}, b"{}"),
    ]
    for request in wrong:
        assert violations_of(request), request


def test_the_contract_fixture_sees_every_watched_request() -> None:
    watched = SpecContract()
    sent = WireRequest("POST", SPEECH, {"authorization": "Bearer k"}, b"{}")
    watched.watch(lambda: [sent])
    problems = watched.violations()
    assert watched.checked == [sent]
    assert any("Content-Type" in problem for problem in problems)
