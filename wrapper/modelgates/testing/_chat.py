"""Deterministic chat answers for the local server, as a ``ChatResult`` or as stream chunks.

Pure functions of the request: no I/O, no clock except the ``created`` stamp passed in. Tokens are
counted as whitespace-separated words, which is all a fake needs to make usage add up.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "PROVIDER",
    "ChatReply",
    "ToolCall",
    "build_chat_result",
    "decide_reply",
    "error_chunk",
    "is_stream_bench",
    "stream_bench_events",
    "stream_chunks",
]

PROVIDER = "modelgates-local"
DEFAULT_MODEL = "modelgates/local"
_STREAM_BENCH = re.compile(r"test/stream-(\d+)\Z")
_BENCH_TOKENS = ("lorem ", "ipsum ", "dolor ", "sit ", "amet ")
_ARGUMENT_PIECES = 3


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # JSON-encoded, as on the wire


@dataclass(frozen=True)
class ChatReply:
    """What the assistant says: text, or one tool call; and how the generation ended."""

    model: str
    content: str | None
    tool_call: ToolCall | None
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, Sequence):
        return " ".join(part.get("text", "") for part in content if isinstance(part, Mapping))
    return ""


def _words(text: str) -> int:
    return len(text.split())


def _answer(text: str) -> str:
    lowered = text.lower()
    if "capital of france" in lowered:
        return "The capital of France is Paris."
    if re.search(r"\b(hello|hi|hey)\b", lowered):
        return "Hello! How can I help you today?"
    return f"You said: {text.strip()}" if text.strip() else "You said nothing."


def _wanted_tool(request: Mapping[str, Any], last_user: str, model: str) -> tuple[str, Mapping[str, Any]] | None:
    tools = [tool.get("function", {}) for tool in request.get("tools") or [] if isinstance(tool, Mapping)]
    choice = request.get("tool_choice")
    if choice == "none":
        return None
    if isinstance(choice, Mapping):
        name = str(choice.get("function", {}).get("name", ""))
        return name, next((tool for tool in tools if tool.get("name") == name), {})
    if model == "test/tool-call" or (tools and (choice == "required" or "weather" in last_user.lower())):
        chosen = next((tool for tool in tools if "weather" in str(tool.get("name", ""))), tools[0] if tools else {})
        return str(chosen.get("name", "get_weather")), chosen
    return None


def _arguments(tool: Mapping[str, Any], text: str) -> str:
    # Fill the first string parameter the tool declares (a city, for the usual weather example).
    properties = (tool.get("parameters") or {}).get("properties") or {}
    key = next((name for name, schema in properties.items() if (schema or {}).get("type") == "string"), "location")
    place = re.search(r"\bin ([A-Z][\w-]*(?: [A-Z][\w-]*)*)", text)
    return json.dumps({key: place.group(1) if place else "Paris"})


def decide_reply(request: Mapping[str, Any], generation_id: str) -> ChatReply:
    """The deterministic answer to a (valid) ChatRequest."""
    messages = [m for m in request.get("messages") or [] if isinstance(m, Mapping)]
    model = str(request.get("model") or DEFAULT_MODEL)
    prompt_tokens = sum(_words(_text_of(m.get("content"))) for m in messages)
    last = messages[-1] if messages else {}
    last_user = next((_text_of(m.get("content")) for m in reversed(messages) if m.get("role") == "user"), "")
    if last.get("role") == "tool":
        text = f"The tool returned: {_text_of(last.get('content'))}"
    else:
        wanted = _wanted_tool(request, last_user, model)
        if wanted is not None:
            call = ToolCall(f"call_{generation_id}_0", wanted[0], _arguments(wanted[1], last_user))
            return ChatReply(model, None, call, "tool_calls", prompt_tokens, max(1, _words(call.arguments)))
        text = _answer(last_user)
    limit = request.get("max_completion_tokens") or request.get("max_tokens")
    words = re.findall(r"\s*\S+", text)
    if isinstance(limit, int) and 0 < limit < len(words):
        return ChatReply(model, "".join(words[:limit]), None, "length", prompt_tokens, limit)
    return ChatReply(model, text, None, "stop", prompt_tokens, len(words))


def _usage(reply: ChatReply) -> dict[str, Any]:
    return {
        "prompt_tokens": reply.prompt_tokens,
        "completion_tokens": reply.completion_tokens,
        "total_tokens": reply.prompt_tokens + reply.completion_tokens,
        "cost": 0,
    }


def _wire_call(call: ToolCall) -> dict[str, Any]:
    return {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": call.arguments}}


def build_chat_result(
    reply: ChatReply, generation_id: str, created: int, metadata: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """A non-streaming ``ChatResult``."""
    message: dict[str, Any] = {"role": "assistant", "content": reply.content, "refusal": None, "reasoning": None}
    if reply.tool_call is not None:
        message["tool_calls"] = [_wire_call(reply.tool_call)]
    result: dict[str, Any] = {
        "id": generation_id,
        "object": "chat.completion",
        "created": created,
        "model": reply.model,
        "provider": PROVIDER,
        "system_fingerprint": None,
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": reply.finish_reason,
                "native_finish_reason": reply.finish_reason,
                "logprobs": None,
            }
        ],
        "usage": _usage(reply),
    }
    if metadata is not None:
        result["modelgates_metadata"] = dict(metadata)
    return result


def _chunk(generation_id: str, created: int, model: str, choices: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": generation_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "provider": PROVIDER,
        "choices": choices,
    }


def _delta(delta: dict[str, Any], finish_reason: str | None = None) -> list[dict[str, Any]]:
    return [{"index": 0, "delta": delta, "finish_reason": finish_reason, "native_finish_reason": finish_reason}]


def _pieces(text: str, count: int) -> list[str]:
    size = max(1, -(-len(text) // count))
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def stream_chunks(reply: ChatReply, generation_id: str, created: int) -> Iterator[dict[str, Any]]:
    """The stream's JSON events, in order: content (or tool-call) deltas, the finish, the usage."""
    if reply.tool_call is not None:
        call = reply.tool_call
        head = {"index": 0, "id": call.id, "type": "function", "function": {"name": call.name, "arguments": ""}}
        yield _chunk(
            generation_id, created, reply.model, _delta({"role": "assistant", "content": None, "tool_calls": [head]})
        )
        for piece in _pieces(call.arguments, _ARGUMENT_PIECES):
            fragment = {"index": 0, "function": {"arguments": piece}}
            yield _chunk(generation_id, created, reply.model, _delta({"tool_calls": [fragment]}))
    else:
        for index, token in enumerate(re.findall(r"\s*\S+", reply.content or "") or [""]):
            delta: dict[str, Any] = {"role": "assistant", "content": token} if index == 0 else {"content": token}
            yield _chunk(generation_id, created, reply.model, _delta(delta))
    yield _chunk(generation_id, created, reply.model, _delta({}, reply.finish_reason))
    yield {**_chunk(generation_id, created, reply.model, []), "usage": _usage(reply)}


def error_chunk(generation_id: str, created: int, model: str, code: int) -> dict[str, Any]:
    """The event that reports a provider failure after the stream has started (HTTP status already 200)."""
    return {
        **_chunk(generation_id, created, model, _delta({"content": ""}, "error")),
        "error": {"code": code, "message": "Provider disconnected", "metadata": None},
    }


def is_stream_bench(model: str) -> int | None:
    """``N`` for the benchmark model ``test/stream-N``."""
    matched = _STREAM_BENCH.match(model)
    return int(matched.group(1)) if matched else None


def stream_bench_events(count: int, generation_id: str, created: int, model: str) -> Iterator[bytes]:
    """``count`` content events, then finish, usage and ``[DONE]``, pre-encoded for speed.

    Every content chunk shares one JSON template, so the server spends its time writing rather
    than serializing; the client sees ordinary, individually valid chunks.
    """
    head = _chunk(generation_id, created, model, _delta({"content": "\x00"}))
    prefix, suffix = json.dumps(head, separators=(",", ":")).split('"\\u0000"')
    encoded = [f'data: {prefix}"{token}"{suffix}\n\n'.encode() for token in _BENCH_TOKENS]
    for index in range(count):
        yield encoded[index % len(encoded)]
    reply = ChatReply(model, None, None, "stop", 1, count)
    final = (
        _chunk(generation_id, created, model, _delta({}, "stop")),
        {**_chunk(generation_id, created, model, []), "usage": _usage(reply)},
    )
    for chunk in final:
        yield b"data: " + json.dumps(chunk, separators=(",", ":")).encode() + b"\n\n"
    yield b"data: [DONE]\n\n"
