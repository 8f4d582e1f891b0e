"""Chat from the local server: spec-valid results and streams, tool calls, the benchmark model."""

from __future__ import annotations

import json
from typing import Any

import httpx
from modelgates.testing import PROVIDER, SpecValidator
from modelgates.testing._chat import decide_reply

from .conftest import CHAT_OP, SEED_CHAT, SEED_HEADERS, sse_data, sse_events

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def _user(text: str, **extra: Any) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}], **extra}


def test_seed_chat_gets_a_valid_result(client: httpx.Client, validator: SpecValidator) -> None:
    headers = {**SEED_HEADERS, "X-OpenRouter-Experimental-Metadata": "enabled"}
    response = client.post("/chat/completions", json=SEED_CHAT, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    result = response.json()
    assert validator.validate_response_body(CHAT_OP, 200, "application/json", result) == []
    assert result["id"] == response.headers["x-generation-id"]
    assert result["object"] == "chat.completion"
    assert result["model"] == "openai/gpt-4"
    assert result["provider"] == PROVIDER
    assert result["modelgates_metadata"]["provider"] == PROVIDER
    choice = result["choices"][0]
    assert choice["message"] == {
        "role": "assistant",
        "content": "The capital of France is Paris.",
        "refusal": None,
        "reasoning": None,
    }
    assert choice["finish_reason"] == "stop"
    # Tokens are words: 5 + 6 in the prompt, 6 in the answer.
    assert result["usage"] == {"prompt_tokens": 11, "completion_tokens": 6, "total_tokens": 17, "cost": 0}


def test_echo_and_max_tokens(client: httpx.Client) -> None:
    echo = client.post("/chat/completions", json=_user("tell me a story")).json()
    assert echo["choices"][0]["message"]["content"] == "You said: tell me a story"
    assert "modelgates_metadata" not in echo
    cut = client.post("/chat/completions", json=_user("tell me a story", max_tokens=2)).json()
    assert cut["choices"][0]["message"]["content"] == "You said:"
    assert cut["choices"][0]["finish_reason"] == "length"
    assert cut["usage"]["completion_tokens"] == 2


def test_stream_framing(client: httpx.Client, validator: SpecValidator) -> None:
    with client.stream("POST", "/chat/completions", json={**SEED_CHAT, "stream": True}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "text/event-stream"
        assert response.headers["transfer-encoding"] == "chunked"
        text = response.read().decode()
    events = sse_events(text)
    assert events[0] == ": OPENROUTER PROCESSING"
    assert events[-1] == "data: [DONE]"
    assert text.endswith("data: [DONE]\n\n")
    chunks = sse_data(text)[:-1]
    for chunk in chunks:
        assert validator.validate_response_body(CHAT_OP, 200, "text/event-stream", chunk) == []
        assert chunk["object"] == "chat.completion.chunk"
    content = [c for c in chunks if c["choices"] and "content" in c["choices"][0]["delta"]]
    assert content[0]["choices"][0]["delta"]["role"] == "assistant"
    assert all("role" not in c["choices"][0]["delta"] for c in content[1:])
    assert "".join(c["choices"][0]["delta"]["content"] for c in content) == "The capital of France is Paris."
    assert len(content) == 6  # one per word
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"]["total_tokens"] == 17


def test_tool_call_json_and_stream(client: httpx.Client, validator: SpecValidator) -> None:
    request = _user("What is the weather in Paris?", tools=[WEATHER_TOOL])
    result = client.post("/chat/completions", json=request).json()
    assert validator.validate_response_body(CHAT_OP, 200, "application/json", result) == []
    choice = result["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    (call,) = choice["message"]["tool_calls"]
    assert call["type"] == "function"
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"]) == {"city": "Paris"}

    with client.stream("POST", "/chat/completions", json={**request, "stream": True}) as response:
        chunks = sse_data(response.read().decode())
    assert chunks[-1] == "[DONE]"
    fragments = [
        c["choices"][0]["delta"]["tool_calls"][0]
        for c in chunks[:-1]
        if c["choices"] and c["choices"][0]["delta"].get("tool_calls")
    ]
    assert fragments[0]["id"] == f"call_{response.headers['x-generation-id']}_0"
    assert fragments[0]["function"]["name"] == "get_weather"
    assert len(fragments) >= 3  # the arguments arrive in pieces
    assert "".join(f["function"].get("arguments", "") for f in fragments) == call["function"]["arguments"]
    assert chunks[-3]["choices"][0]["finish_reason"] == "tool_calls"
    for chunk in chunks[:-1]:
        assert validator.validate_response_body(CHAT_OP, 200, "text/event-stream", chunk) == []


def test_tool_call_rules() -> None:
    assert decide_reply({"messages": [{"role": "user", "content": "hi"}], "model": "test/tool-call"}, "g").tool_call
    no_tools = decide_reply(_user("weather in Rome?"), "g")
    assert no_tools.tool_call is None
    assert no_tools.content == "You said: weather in Rome?"
    forbidden = decide_reply(_user("weather in Rome?", tools=[WEATHER_TOOL], tool_choice="none"), "g")
    assert forbidden.tool_call is None
    named = decide_reply(
        _user("hi", tools=[WEATHER_TOOL], tool_choice={"type": "function", "function": {"name": "get_weather"}}), "g"
    )
    assert named.tool_call is not None
    assert json.loads(named.tool_call.arguments) == {"city": "Paris"}
    rome = decide_reply(_user("Weather in Rome please", tools=[WEATHER_TOOL]), "g")
    assert rome.tool_call is not None
    assert json.loads(rome.tool_call.arguments) == {"city": "Rome"}
    after_tool = decide_reply(
        {
            "messages": [
                {"role": "user", "content": "weather?"},
                {"role": "assistant", "content": None, "tool_calls": []},
                {"role": "tool", "tool_call_id": "c1", "content": "sunny"},
            ]
        },
        "g",
    )
    assert after_tool.content == "The tool returned: sunny"
    parts = decide_reply({"messages": [{"role": "user", "content": [{"type": "text", "text": "hello"}]}]}, "g")
    assert parts.content == "Hello! How can I help you today?"


def test_stream_bench_model_sends_exactly_n_chunks(client: httpx.Client, validator: SpecValidator) -> None:
    request = _user("go", model="test/stream-5000", stream=True)
    with client.stream("POST", "/chat/completions", json=request) as response:
        data = sse_data(response.read().decode())
    assert data[-1] == "[DONE]"
    content = [c for c in data[:-1] if c["choices"] and c["choices"][0]["delta"].get("content")]
    assert len(content) == 5000
    assert data[-2]["usage"]["completion_tokens"] == 5000
    assert validator.validate_response_body(CHAT_OP, 200, "text/event-stream", content[0]) == []
