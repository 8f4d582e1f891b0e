"""``EventStream``: the server-sent events of Responses, Messages and images, typed by the spec.

Served by pytest-httpserver (whole bodies) so each test fixes exactly which events arrive.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from modelgates import AsyncEventStream, EventStream, ModelGates, RetryConfig, errors
from modelgates.testing import load_spec
from pytest_httpserver import HTTPServer
from werkzeug import Response

SSE = {"Content-Type": "text/event-stream"}
NO_RETRIES = RetryConfig("none", None, False)
COMPLETED = load_spec()["components"]["schemas"]["StreamEventsResponseCompleted"]["example"]
DELTA = {
    "content_index": 0,
    "delta": "Hel",
    "item_id": "item-1",
    "logprobs": [],
    "output_index": 0,
    "sequence_number": 4,
    "type": "response.output_text.delta",
}


def sse(*events: dict[str, Any], done: bool = True, named: bool = False) -> bytes:
    lines = []
    for event in events:
        name = f"event: {event['type']}\n" if named else ""
        lines.append(f"{name}data: {json.dumps(event)}\n\n")
    return ("".join(lines) + ("data: [DONE]\n\n" if done else "")).encode()


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[ModelGates]:
    with ModelGates(api_key="k-events", server_url=httpserver.url_for("/api/v1"), retry_config=NO_RETRIES) as made:
        yield made


def _serve(httpserver: HTTPServer, path: str, body: bytes) -> None:
    httpserver.expect_request(f"/api/v1{path}").respond_with_response(Response(body, headers=SSE))


def test_responses_events_are_typed_and_final_returns_the_whole_response(
    client: ModelGates, httpserver: HTTPServer
) -> None:
    _serve(httpserver, "/responses", sse(DELTA, COMPLETED))
    with client.responses.send(input="Hi", model="openai/gpt-4o", stream=True) as stream:
        assert isinstance(stream, EventStream)
        first = next(stream)
        assert type(first).__name__ == "ResponsesStreamingResponse"
        assert first.data.delta == "Hel"
        response = stream.final()
    assert response.id == "resp-abc123" and response.status == "completed"
    assert stream.closed
    assert json.loads(httpserver.log[0][0].data)["stream"] is True


def test_a_cut_stream_is_incomplete_never_finished(client: ModelGates, httpserver: HTTPServer) -> None:
    _serve(httpserver, "/responses", sse(DELTA, done=False))
    with client.responses.send(input="Hi", model="m", stream=True) as stream:
        with pytest.raises(errors.IncompleteResponseError) as caught:
            list(stream)
    assert "without [DONE] or a final event" in str(caught.value)
    assert caught.value.partial is not None and caught.value.partial.data.delta == "Hel"


def test_a_final_event_without_done_is_complete(client: ModelGates, httpserver: HTTPServer) -> None:
    _serve(httpserver, "/responses", sse(DELTA, COMPLETED, done=False))
    with client.responses.send(input="Hi", model="m", stream=True) as stream:
        assert stream.final().id == "resp-abc123"


def test_an_error_event_raises_the_typed_class_of_its_code(client: ModelGates, httpserver: HTTPServer) -> None:
    error = {"type": "error", "code": "429", "message": "slow down", "sequence_number": 5}
    _serve(httpserver, "/responses", sse(DELTA, error))
    with client.responses.send(input="Hi", model="m", stream=True) as stream:
        with pytest.raises(errors.TooManyRequestsResponseError) as caught:
            list(stream)
    assert "slow down" in str(caught.value)


def test_messages_events_take_their_name_from_the_event_line(client: ModelGates, httpserver: HTTPServer) -> None:
    start = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello"}}
    stop = {"type": "message_stop"}
    _serve(httpserver, "/messages", sse(start, stop, done=False, named=True))
    with client.messages.create(
        messages=[{"role": "user", "content": "Hi"}], model="anthropic/claude-sonnet-4", max_tokens=10, stream=True
    ) as stream:
        events = list(stream)
    assert [event.event for event in events] == ["content_block_delta", "message_stop"]
    assert events[0].data.delta.text == "Hello"


def test_a_json_answer_to_a_stream_request_is_a_validation_error(client: ModelGates, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v1/responses").respond_with_json({"id": "x"})
    with client.responses.send(input="Hi", model="m", stream=True) as stream:
        with pytest.raises(errors.ResponseValidationError, match="expected an event stream"):
            list(stream)


@pytest.mark.anyio
async def test_async_event_stream(httpserver: HTTPServer) -> None:
    _serve(httpserver, "/responses", sse(DELTA, COMPLETED))
    async with ModelGates(api_key="k", server_url=httpserver.url_for("/api/v1")) as client:
        stream = await client.responses.send_async(input="Hi", model="m", stream=True)
        async with stream:
            assert isinstance(stream, AsyncEventStream)
            assert (await stream.final()).status == "completed"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
