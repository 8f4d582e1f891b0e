"""``EventStream``: the server-sent events of Responses, Messages and images, typed by the spec.

Served by pytest-httpserver (whole bodies) so each test fixes exactly which events arrive.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from modelgates import AsyncEventStream, EventStream, ModelGates, RetryConfig, errors
from modelgates.testing import load_spec
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests._rawserver import RawServer, WireRequest

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


SCHEMAS = load_spec()["components"]["schemas"]
MESSAGE_START = SCHEMAS["MessagesStartEvent"]["example"]  # usage: 12 input tokens
MESSAGE_DELTA = SCHEMAS["MessagesDeltaEvent"]["example"]  # usage: 15 output tokens, input_tokens null
# A text block, a thinking block with its signature, and a tool call whose input comes in pieces.
MESSAGE_EVENTS = [
    MESSAGE_START,
    {"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": "", "signature": ""}},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "The user "}},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "greets me."}},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "signature_delta", "signature": "sig-1"}},
    {"type": "content_block_stop", "index": 0},
    {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": "", "citations": None}},
    {"type": "ping"},
    {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": "Hello"}},
    {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": " there"}},
    {"type": "content_block_stop", "index": 1},
    {
        "type": "content_block_start",
        "index": 2,
        "content_block": {
            "type": "tool_use",
            "id": "toolu_1",
            "name": "weather",
            "input": {},
            "caller": {"type": "direct"},
        },
    },
    {"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": '{"city": '}},
    {"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": '"Paris"}'}},
    {"type": "content_block_stop", "index": 2},
    {**MESSAGE_DELTA, "delta": {**MESSAGE_DELTA["delta"], "stop_reason": "tool_use"}},
    {"type": "message_stop"},
]


def test_the_messages_events_of_these_tests_are_valid_against_the_spec() -> None:
    validator = Draft202012Validator({"components": load_spec()["components"]})
    events = validator.evolve(schema={"$ref": "#/components/schemas/MessagesStreamEvents"})
    for event in MESSAGE_EVENTS:
        assert not list(events.iter_errors(event)), event


def _create_stream(client: ModelGates) -> EventStream[Any]:
    stream: EventStream[Any] = client.messages.create(
        messages=[{"role": "user", "content": "Hi"}], model="anthropic/claude-sonnet-4", max_tokens=10, stream=True
    )
    return stream


def test_a_messages_stream_assembles_into_the_message_a_plain_call_returns(
    client: ModelGates, httpserver: HTTPServer
) -> None:
    _serve(httpserver, "/messages", sse(*MESSAGE_EVENTS, done=False, named=True))
    with _create_stream(client) as stream:
        message = stream.final()
    assert type(message).__name__ == "MessagesResult"
    thinking, text, tool = message.content
    assert (thinking.thinking, thinking.signature) == ("The user greets me.", "sig-1")
    assert text.text == "Hello there"
    assert (tool.name, tool.input_) == ("weather", {"city": "Paris"})
    assert message.stop_reason == "tool_use"
    # message_delta's usage is cumulative; its null input_tokens does not erase message_start's 12
    assert (message.usage.input_tokens, message.usage.output_tokens) == (12, 15)
    assert message.id == MESSAGE_START["message"]["id"] and stream.closed


@pytest.mark.parametrize("cut_after", ["content_block_stop", "message_delta"])
def test_a_messages_stream_cut_before_message_stop_is_incomplete(
    client: ModelGates, httpserver: HTTPServer, cut_after: str
) -> None:
    # Ending a content block (or sending the stop reason) is not the end of the message.
    last = max(i for i, event in enumerate(MESSAGE_EVENTS) if event["type"] == cut_after)
    _serve(httpserver, "/messages", sse(*MESSAGE_EVENTS[: last + 1], done=False, named=True))
    with _create_stream(client) as stream, pytest.raises(errors.IncompleteResponseError) as caught:
        list(stream)  # iterating to the end, not only final(), must tell that the stream was cut
    assert caught.value.partial is not None and caught.value.partial.event == cut_after


def test_a_responses_stream_cut_after_a_part_is_done_is_incomplete(client: ModelGates, httpserver: HTTPServer) -> None:
    done = {**DELTA, "type": "response.output_text.done", "text": "Hel"}
    done.pop("delta")
    _serve(httpserver, "/responses", sse(DELTA, done, done=False))
    with client.responses.send(input="Hi", model="m", stream=True) as stream:
        with pytest.raises(errors.IncompleteResponseError):
            list(stream)


def test_a_tool_input_that_is_not_json_is_a_validation_error(client: ModelGates, httpserver: HTTPServer) -> None:
    events = [dict(event) for event in MESSAGE_EVENTS]
    events[13] = {"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": "{"}}
    _serve(httpserver, "/messages", sse(*events, done=False, named=True))
    with _create_stream(client) as stream, pytest.raises(errors.ResponseValidationError, match="block 2 is not JSON"):
        stream.final()
    # Iterating delivers every event: only the assembled result, which final() returns, is refused.
    _serve(httpserver, "/messages", sse(*events, done=False, named=True))
    with _create_stream(client) as stream:
        assert len(list(stream)) == len(events)
        with pytest.raises(errors.ResponseValidationError, match="block 2 is not JSON"):
            stream.final()


def test_a_delta_type_the_sdk_does_not_know_is_kept(client: ModelGates, httpserver: HTTPServer) -> None:
    events = [
        *MESSAGE_EVENTS[:7],
        {"type": "content_block_delta", "index": 1, "delta": {"type": "poem_delta", "text": "Hi"}},
    ]
    _serve(httpserver, "/messages", sse(*events, *MESSAGE_EVENTS[-2:], done=False, named=True))
    with _create_stream(client) as stream:
        assert stream.final().content[1].text == "Hi"


@pytest.mark.anyio
async def test_async_messages_stream_final(httpserver: HTTPServer) -> None:
    _serve(httpserver, "/messages", sse(*MESSAGE_EVENTS, done=False, named=True))
    async with ModelGates(api_key="k", server_url=httpserver.url_for("/api/v1")) as client:
        stream = await client.messages.create_async(
            messages=[{"role": "user", "content": "Hi"}], model="anthropic/claude-sonnet-4", max_tokens=10, stream=True
        )
        async with stream:
            message = await stream.final()
            assert repr(stream).endswith(f"{len(MESSAGE_EVENTS)} events>")
    assert message.content[1].text == "Hello there"


# -- what reaches the user when the server misbehaves mid-stream, and the reading helpers


def test_a_responses_stream_broken_off_mid_body_is_incomplete_with_the_last_event() -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
    piece = sse(DELTA, done=False)
    answer = head + b"%x\r\n%b\r\n" % (len(piece), piece)  # then the connection closes: no terminator

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(answer)
        return False

    with RawServer(handler) as raw, ModelGates(api_key="k", server_url=raw.url, retry_config=NO_RETRIES) as client:
        with client.responses.send(input="Hi", model="m", stream=True) as stream:
            with pytest.raises(errors.IncompleteResponseError, match="broke off") as caught:
                list(stream)
    assert caught.value.partial is not None and caught.value.partial.data.delta == "Hel"


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"data: {not json\n\n", "not JSON"),
        (b'data: {"type": "response.output_text.delta", "sequence_number": "four"}\n\n', "does not match the spec"),
        (b'data: {"type": ["response.completed"]}\n\n', "does not match the spec"),  # unhashable: no TypeError
    ],
)
def test_an_event_that_is_not_json_or_not_the_spec_is_a_validation_error(
    client: ModelGates, httpserver: HTTPServer, body: bytes, says: str
) -> None:
    _serve(httpserver, "/responses", sse(DELTA, done=False) + body)
    with client.responses.send(input="Hi", model="m", stream=True) as stream:
        assert next(stream).data.delta == "Hel"  # what came before is delivered
        with pytest.raises(errors.ResponseValidationError, match=says):
            next(stream)


def test_until_done_reads_to_the_end_and_returns_the_last_event(client: ModelGates, httpserver: HTTPServer) -> None:
    _serve(httpserver, "/responses", sse(DELTA, COMPLETED))
    with client.responses.send(input="Hi", model="m", stream=True) as stream:
        assert repr(stream) == "<EventStream [200] open, 0 events>"
        last = stream.until_done()
        assert last is stream.last and last.data.type_ == "response.completed"
    assert repr(stream) == "<EventStream [200] closed, 2 events>"


def test_an_image_stream_yields_its_partial_images(client: ModelGates, httpserver: HTTPServer) -> None:
    partial = load_spec()["components"]["schemas"]["ImageStreamingResponse"]["example"]["data"]
    _serve(httpserver, "/images", sse(partial))
    with client.images.generate(model="m", prompt="a cat", stream=True) as stream:
        (event,) = list(stream)
    assert (event.data.type_, event.data.b64_json) == ("image_generation.partial_image", partial["b64_json"])


def test_an_image_streams_final_is_its_completed_event(client: ModelGates, httpserver: HTTPServer) -> None:
    schemas = load_spec()["components"]["schemas"]
    partial = schemas["ImageStreamingResponse"]["example"]["data"]
    completed = schemas["ImageGenCompletedEvent"]["example"]
    _serve(httpserver, "/images", sse(partial, completed))
    with client.images.generate(model="m", prompt="a cat", stream=True) as stream:
        final = stream.final()  # it raised IncompleteResponseError: no `response` in the final event
    assert (final.type_, final.b64_json) == ("image_generation.completed", completed["b64_json"])


@pytest.mark.anyio
async def test_async_until_done(httpserver: HTTPServer) -> None:
    _serve(httpserver, "/responses", sse(DELTA, COMPLETED))
    async with ModelGates(api_key="k", server_url=httpserver.url_for("/api/v1")) as client:
        async with await client.responses.send_async(input="Hi", model="m", stream=True) as stream:
            assert (await stream.until_done()).data.type_ == "response.completed"


def test_the_local_server_streams_whole_lifecycles_so_final_works_offline() -> None:
    from modelgates.testing import LocalServer

    with LocalServer(api_key="k") as server, ModelGates(api_key="k", server_url=server.url) as client:
        with client.responses.send(input="Hi", model="m", stream=True) as responses:
            events = list(responses)
            types = [event.data.type_ for event in events]
            final = responses.final()
        plain = client.responses.send(input="Hi", model="m")
        with client.messages.create(
            messages=[{"role": "user", "content": "Hi"}], model="m", max_tokens=5, stream=True
        ) as messages:
            names = [event.event for event in messages]
            message = messages.final()
        plain_message = client.messages.create(messages=[{"role": "user", "content": "Hi"}], model="m", max_tokens=5)
    assert types == ["response.created", "response.output_text.delta", "response.completed"]
    assert final.status == "completed"
    # one story: the streamed text is the final result's, and both are what stream=False answers
    assert events[1].data.delta == final.output[0].content[0].text == plain.output[0].content[0].text
    assert final.id == plain.id
    assert names == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert [block.text for block in message.content] == [block.text for block in plain_message.content]
    assert message.stop_reason == "end_turn"


def test_an_envelope_without_an_event_line_is_named_by_its_type(client: ModelGates, httpserver: HTTPServer) -> None:
    # SSE names an event without an `event:` line "message"; the envelope's name is then the data's type.
    delta = {"delta": {"text": "Hi", "type": "text_delta"}, "index": 0, "type": "content_block_delta"}
    httpserver.expect_request("/api/v1/messages").respond_with_data(
        f"data: {json.dumps(delta)}\n\ndata: [DONE]\n\n", content_type="text/event-stream"
    )
    with client.messages.create(
        messages=[{"role": "user", "content": "Hi"}], model="m", max_tokens=5, stream=True
    ) as stream:
        assert [event.event for event in stream] == ["content_block_delta"]


def test_a_messages_error_event_is_the_class_of_its_type(client: ModelGates, httpserver: HTTPServer) -> None:
    # Anthropic's shape: a type, no code. It was ModelGatesDefaultError with status 200 and code None.
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    _serve(httpserver, "/messages", sse(error, named=True))
    with _create_stream(client) as stream, pytest.raises(errors.ProviderOverloadedResponseError) as caught:
        list(stream)
    assert (caught.value.status_code, caught.value.code) == (529, "overloaded_error")
    assert str(caught.value).startswith("529: Overloaded (after the stream had started)")
