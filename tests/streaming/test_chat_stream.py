"""``chat.send(stream=True)``: events, errors mid-stream, truncation, early close, the assembled result."""

from __future__ import annotations

import json
import socket
import threading
from typing import Any

import httpx
import pytest
from modelgates import ModelGates
from modelgates.errors import (
    BadGatewayResponseError,
    IncompleteResponseError,
    ModelGatesDefaultError,
    ResponseValidationError,
)
from modelgates_api.models.chat_result import ChatResult
from modelgates_api.models.chat_stream_chunk import ChatStreamChunk

from tests._data import FRANCE
from tests._rawserver import RawServer, WireRequest, wait_for_close
from tests._support import LOOPBACK_TLS

from .conftest import chunked, fixed, send_chunks

SSE = {"Content-Type": "text/event-stream", "X-Generation-Id": "gen-42"}
TOP = {"id": "gen-42", "object": "chat.completion.chunk", "created": 1700000000, "model": "openai/gpt-4"}


def event(payload: dict[str, Any] | str) -> bytes:
    text = payload if isinstance(payload, str) else json.dumps({**TOP, **payload})
    return f"data: {text}\n\n".encode()


def delta(content: str | None = None, finish: str | None = None, **fields: Any) -> bytes:
    body: dict[str, Any] = dict(fields)
    if content is not None:
        body["content"] = content
    return event({"choices": [{"index": 0, "delta": body, "finish_reason": finish}]})


USAGE = {"prompt_tokens": 12, "completion_tokens": 3, "total_tokens": 15, "cost": 0.0001}
HELLO = [
    b": OPENROUTER PROCESSING\n\n",
    delta("Hel", role="assistant"),
    delta("lo"),
    delta(" Paris", finish="stop"),
    event({"choices": [], "usage": USAGE}),
    b"data: [DONE]\n\n",
]


def reply(server: RawServer, pieces: list[bytes], headers: dict[str, str] = SSE) -> None:
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        assert request.path == "/chat/completions"
        assert json.loads(request.body)["stream"] is True
        conn.sendall(chunked(200, headers, pieces))
        return True

    server.handler = handler


def cut_after(server: RawServer, pieces: list[bytes]) -> None:
    """Send the pieces as complete HTTP chunks, then hang up without ending the body."""

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        send_chunks(conn, 200, SSE, pieces)
        return False

    server.handler = handler


# -- the happy path


def test_chunks_arrive_as_models_and_the_stream_closes_at_done(server: RawServer, client: ModelGates) -> None:
    reply(server, [*HELLO, b"data: this is not json and is never read\n\n"])
    with client.chat.send(messages=FRANCE, model="openai/gpt-4", stream=True) as stream:
        chunks = list(stream)
        assert stream.http_response.is_closed  # closed at [DONE], before leaving the block
    assert all(isinstance(chunk, ChatStreamChunk) for chunk in chunks)
    assert [chunk.choices[0].delta.content for chunk in chunks[:3]] == ["Hel", "lo", " Paris"]
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens == 15
    assert stream.accumulated.content == "Hello Paris"
    assert stream.accumulated.finish_reason == "stop"
    assert stream.accumulated.usage.cost == 0.0001
    assert stream.accumulated.id == "gen-42" and stream.accumulated.model == "openai/gpt-4"


def test_seed_004_example_runs_verbatim_with_stream_true(
    server: RawServer, client: ModelGates, capsys: pytest.CaptureFixture[str]
) -> None:
    reply(server, HELLO)
    open_router = client
    res = open_router.chat.send(
        messages=[
            {"content": "You are a helpful assistant.", "role": "system"},
            {"content": "What is the capital of France?", "role": "user"},
        ],
        x_open_router_experimental_metadata="enabled",
        max_tokens=150,
        model="openai/gpt-4",
        stream=True,
        temperature=0.7,
    )

    with res as event_stream:
        for event in event_stream:
            # handle event
            print(event, flush=True)

    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 4
    assert all(line.startswith("ChatStreamChunk(") for line in printed)
    assert "Paris" in printed[2]


def test_iter_text_yields_only_the_text(server: RawServer, client: ModelGates) -> None:
    reply(server, HELLO)
    with client.chat.send(messages=FRANCE, stream=True) as stream:
        assert list(stream.iter_text()) == ["Hel", "lo", " Paris"]
        assert list(stream.text_stream()) == []  # already drained


def test_final_returns_the_same_shape_as_a_non_streaming_result(server: RawServer, client: ModelGates) -> None:
    reply(server, HELLO)
    with client.chat.send(messages=FRANCE, stream=True) as stream:
        first = next(stream)
        result = stream.final()
    assert first.choices[0].delta.content == "Hel"  # final() drains what is left, keeping what was read
    assert isinstance(result, ChatResult)
    assert result.object_ == "chat.completion"
    assert (result.id, result.model, result.created) == ("gen-42", "openai/gpt-4", 1700000000)
    assert result.choices[0].message.role == "assistant"
    assert result.choices[0].message.content == "Hello Paris"
    assert result.choices[0].finish_reason == "stop"
    assert result.usage.to_dict() == USAGE
    assert stream.get_final_result().to_dict() == result.to_dict()


def test_tool_call_fragments_are_assembled_per_index(server: RawServer, client: ModelGates) -> None:
    def call(index: int, arguments: str, **first: Any) -> dict[str, Any]:
        fragment: dict[str, Any] = {"index": index, "function": {"arguments": arguments}}
        if first:
            fragment.update(id=first["id"], type="function")
            fragment["function"]["name"] = first["name"]
        return fragment

    reply(
        server,
        [
            delta(role="assistant", content=None, tool_calls=[call(0, "", id="call_a", name="get_weather")]),
            delta(tool_calls=[call(0, '{"city": '), call(1, '{"tz"', id="call_b", name="get_time")]),
            delta(tool_calls=[call(1, ': "CET"}')]),
            delta(tool_calls=[call(0, '"Paris"}')], finish="tool_calls"),
            event({"choices": [], "usage": USAGE}),
            b"data: [DONE]\n\n",
        ],
    )
    with client.chat.send(messages=FRANCE, stream=True) as stream:
        result = stream.final()
    calls = stream.accumulated.tool_calls
    assert [(c.id, c.type_, c.function.name, c.function.arguments) for c in calls] == [
        ("call_a", "function", "get_weather", '{"city": "Paris"}'),
        ("call_b", "function", "get_time", '{"tz": "CET"}'),
    ]
    assert [json.loads(c.function.arguments) for c in result.choices[0].message.tool_calls] == [
        {"city": "Paris"},
        {"tz": "CET"},
    ]
    assert result.choices[0].finish_reason == "tool_calls"
    assert result.choices[0].message.content is None
    assert result.usage.total_tokens == 15


def test_reasoning_is_accumulated_apart_from_content(server: RawServer, client: ModelGates) -> None:
    reply(
        server, [delta(reasoning="Think"), delta(reasoning="ing."), delta("Paris", finish="stop"), b"data: [DONE]\n\n"]
    )
    with client.chat.send(messages=FRANCE, stream=True) as stream:
        result = stream.final()
    assert (stream.accumulated.reasoning, stream.accumulated.content) == ("Thinking.", "Paris")
    assert result.choices[0].message.reasoning == "Thinking."


# -- errors inside the stream


def test_an_error_event_raises_the_typed_error_with_what_arrived(server: RawServer, client: ModelGates) -> None:
    error = {"code": 502, "message": "Provider returned error for key test-key", "metadata": {"provider": "x"}}
    reply(
        server,
        [
            delta("Hel"),
            delta("lo"),
            event({"error": error, "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "error"}]}),
            delta("never seen"),
        ],
    )
    seen: list[str] = []
    with (
        client.chat.send(messages=FRANCE, stream=True) as stream,
        pytest.raises(BadGatewayResponseError) as caught,
    ):
        seen.extend(stream.iter_text())
    exc = caught.value
    assert seen == ["Hel", "lo"]  # the chunks before the error were delivered first
    assert exc.status_code == 502
    assert exc.partial.content == "Hello"
    assert exc.partial.finish_reason == "error"
    assert exc.metadata == {"provider": "x"}
    assert exc.generation_id == "gen-42"
    assert "test-key" not in str(exc)
    assert "after the stream had started" in str(exc)
    assert stream.http_response.is_closed
    assert list(stream) == []  # a failed stream stays finished


def test_an_error_event_with_a_string_code_is_the_default_error(server: RawServer, client: ModelGates) -> None:
    reply(server, [delta("Hi"), event({"error": {"code": "server_error", "message": "boom"}})])
    with pytest.raises(ModelGatesDefaultError) as caught, client.chat.send(messages=FRANCE, stream=True) as stream:
        list(stream)
    assert caught.value.code == "server_error"
    assert caught.value.partial.content == "Hi"


def test_an_event_that_is_not_json_is_a_validation_error(server: RawServer, client: ModelGates) -> None:
    reply(server, [delta("Hi"), b"data: {oops\n\n"])
    with pytest.raises(ResponseValidationError, match="not JSON") as caught:
        with client.chat.send(messages=FRANCE, stream=True) as stream:
            list(stream)
    assert caught.value.body == "{oops"
    assert stream.http_response.is_closed


# -- truncation


def test_a_stream_cut_before_finishing_is_incomplete_with_the_partial_message(
    server: RawServer, client: ModelGates
) -> None:
    reply(server, [delta("Hel"), delta("lo")])  # a clean end of body, but no finish_reason and no [DONE]
    with pytest.raises(IncompleteResponseError) as caught:
        with client.chat.send(messages=FRANCE, stream=True) as stream:
            list(stream)
    assert caught.value.partial.content == "Hello"
    assert caught.value.bytes_received > 0
    assert "2 chunks" in str(caught.value)


def test_a_finished_generation_whose_done_was_lost_is_complete(server: RawServer, client: ModelGates) -> None:
    reply(server, [delta("Paris", finish="stop"), event({"choices": [], "usage": USAGE})])
    with client.chat.send(messages=FRANCE, stream=True) as stream:
        result = stream.final()
    assert result.choices[0].message.content == "Paris"
    assert result.usage.total_tokens == 15


def test_a_connection_reset_mid_stream_is_incomplete_not_a_bare_connection_error(
    server: RawServer, client: ModelGates
) -> None:
    cut_after(server, [delta("Hel"), delta("lo")])
    with pytest.raises(IncompleteResponseError) as caught:
        with client.chat.send(messages=FRANCE, stream=True) as stream:
            list(stream)
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert caught.value.partial.content == "Hello"
    assert "broke off" in str(caught.value)
    assert stream.http_response.is_closed


# -- a server that does not stream


def test_a_json_result_instead_of_a_stream_becomes_one_chunk(server: RawServer, client: ModelGates) -> None:
    result = {
        "id": "gen-9",
        "object": "chat.completion",
        "created": 1700000001,
        "model": "openai/gpt-4",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "Paris",
                    "tool_calls": [
                        {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}},
                    ],
                },
                "finish_reason": "stop",
            }
        ],
        "usage": USAGE,
    }
    body = json.dumps(result).encode()

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(fixed(200, {"Content-Type": "application/json"}, body))
        return True

    server.handler = handler
    with client.chat.send(messages=FRANCE, stream=True) as stream:
        chunks = list(stream)
    assert len(chunks) == 1
    assert chunks[0].choices[0].delta.content == "Paris"
    final = stream.final()
    expected = ChatResult.from_dict(result)
    assert final.choices[0].message.to_dict() == expected.choices[0].message.to_dict()
    assert (final.id, final.created, final.usage, final.choices[0].finish_reason) == (
        "gen-9",
        1700000001,
        expected.usage,
        "stop",
    )


def test_an_html_page_instead_of_a_stream_is_a_clear_error(server: RawServer, client: ModelGates) -> None:
    reply(server, [b"<html>captive portal</html>"], headers={"Content-Type": "text/html"})
    with pytest.raises(ResponseValidationError, match="text/html"):
        with client.chat.send(messages=FRANCE, stream=True) as stream:
            next(stream)
    assert stream.http_response.is_closed


# -- closing early


def endless(server: RawServer) -> threading.Event:
    """First request: two events, then silence until the client hangs up. Later ones: HELLO."""
    hung_up = threading.Event()
    first = threading.Event()

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        if first.is_set():
            conn.sendall(chunked(200, SSE, HELLO))
            return True
        first.set()
        send_chunks(conn, 200, SSE, [delta("Hel"), delta("lo")])
        if wait_for_close(conn):
            hung_up.set()
        return False

    server.handler = handler
    return hung_up


def test_leaving_the_with_block_early_releases_the_connection(
    server: RawServer, one_connection_client: ModelGates
) -> None:
    hung_up = endless(server)
    with one_connection_client.chat.send(messages=FRANCE, stream=True) as stream:
        for chunk in stream:
            assert chunk.choices[0].delta.content == "Hel"
            break
    assert stream.closed and stream.http_response.is_closed
    assert hung_up.wait(5)
    # The pool has a single connection and waits 2 s for it: this only works if it was released.
    with one_connection_client.chat.send(messages=FRANCE, stream=True) as again:
        assert again.final().choices[0].message.content == "Hello Paris"
    with pytest.raises(IncompleteResponseError, match="closed before it completed"):
        stream.final()


def test_close_mid_iteration_stops_the_stream(server: RawServer, client: ModelGates) -> None:
    hung_up = endless(server)
    stream = client.chat.send(messages=FRANCE, stream=True)
    assert next(stream).choices[0].delta.content == "Hel"
    stream.close()
    assert list(stream) == []
    assert hung_up.wait(5)
    assert "closed" in repr(stream)


# -- async


@pytest.mark.anyio
async def test_async_stream_iterates_and_assembles(server: RawServer, client: ModelGates) -> None:
    reply(server, HELLO)
    async with await client.chat.send_async(messages=FRANCE, stream=True) as stream:
        texts = [text async for text in stream.aiter_text()]
        assert stream.http_response.is_closed
    assert texts == ["Hel", "lo", " Paris"]
    async with await client.chat.send_async(messages=FRANCE, stream=True) as stream:
        chunks = [chunk async for chunk in stream]
        result = await stream.final()
    assert len(chunks) == 4
    assert result.choices[0].message.content == "Hello Paris"
    assert result.usage.total_tokens == 15
    await client.aclose()


@pytest.mark.anyio
async def test_async_error_event_and_truncation(server: RawServer, client: ModelGates) -> None:
    reply(server, [delta("Hel"), event({"error": {"code": 502, "message": "upstream died"}})])
    stream = await client.chat.send_async(messages=FRANCE, stream=True)
    with pytest.raises(BadGatewayResponseError) as caught:
        async for _ in stream:
            pass
    assert caught.value.partial.content == "Hel"
    assert stream.http_response.is_closed

    cut_after(server, [delta("Hel"), delta("lo")])
    stream = await client.chat.send_async(messages=FRANCE, stream=True)
    with pytest.raises(IncompleteResponseError) as broken:
        await stream.final()
    assert broken.value.partial.content == "Hello"
    assert isinstance(broken.value.__cause__, httpx.TransportError)
    await client.aclose()


@pytest.mark.anyio
async def test_async_early_exit_releases_the_connection(server: RawServer) -> None:
    hung_up = endless(server)
    async with httpx.AsyncClient(
        verify=LOOPBACK_TLS, limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(10, pool=2)
    ) as http:
        from .conftest import make_client

        sdk = make_client(server, async_client=http)
        async with await sdk.chat.send_async(messages=FRANCE, stream=True) as stream:
            async for _ in stream:
                break
        assert stream.http_response.is_closed
        assert hung_up.wait(5)
        async with await sdk.chat.send_async(messages=FRANCE, stream=True) as again:
            assert (await again.final()).choices[0].message.content == "Hello Paris"
        await sdk.aclose()


@pytest.mark.anyio
async def test_async_finished_stream_without_done_is_complete(server: RawServer, client: ModelGates) -> None:
    reply(server, [delta("Paris", finish="stop")])
    stream = await client.chat.send_async(messages=FRANCE, stream=True)
    assert (await stream.final()).choices[0].message.content == "Paris"
    assert stream.http_response.is_closed
    await client.aclose()
