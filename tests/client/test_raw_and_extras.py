"""The escape hatches of every call: ``extra_body``/``extra_query``/``extra_headers`` and
``with_raw_response`` (status and headers with the parsed result)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from modelgates import BinaryResponse, ChatStream, ModelGates, RawResponse, errors
from modelgates.testing import LocalServer

from tests._data import FRANCE


@pytest.fixture(scope="module")
def _server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


@pytest.fixture
def server(_server: LocalServer) -> LocalServer:
    _server.clear()
    return _server


@pytest.fixture
def client(server: LocalServer) -> Iterator[ModelGates]:
    with ModelGates(api_key=server.api_key, server_url=server.url) as made:
        yield made


def test_extra_body_fields_are_sent_after_the_typed_ones() -> None:
    # a gateway-specific field (seed 002's `gateflow`) and a provider parameter newer than the spec;
    # the seed chat schema forbids unknown fields, so this server does not validate against it.
    with LocalServer(validate=False) as lax, ModelGates(api_key=lax.api_key, server_url=lax.url) as client:
        client.chat.send(messages=FRANCE, model="m", extra_body={"top_k": 40, "gateflow": {"tier": "fast"}})
        body = lax.requests[0].json()
    assert body["top_k"] == 40 and body["gateflow"] == {"tier": "fast"}
    assert list(body)[:2] == ["messages", "model"]


def test_a_field_given_typed_and_in_extra_body_is_refused_before_sending(
    client: ModelGates, server: LocalServer
) -> None:
    with pytest.raises(errors.InvalidRequestError, match="extra_body repeats 'model'"):
        client.chat.send(messages=FRANCE, model="m", extra_body={"model": "other"})
    with pytest.raises(errors.InvalidRequestError, match="takes no request body"):
        client.models.count(extra_body={"x": 1})
    assert server.requests == []


def test_extra_query_and_extra_headers_reach_the_wire(client: ModelGates, server: LocalServer) -> None:
    client.models.count(output_modalities="text", extra_query={"region": "eu"}, extra_headers={"X-Trace": "t1"})
    request = server.requests[0]
    assert request.path == "/api/v1/models/count?output_modalities=text&region=eu"
    assert request.headers["x-trace"] == "t1"
    with pytest.raises(errors.InvalidRequestError, match="extra_query repeats 'output_modalities'"):
        client.models.count(output_modalities="text", extra_query={"output_modalities": "image"})


def test_with_raw_response_gives_status_headers_and_the_parsed_result(client: ModelGates) -> None:
    raw = client.chat.with_raw_response.send(messages=FRANCE, model="m")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-generation-id"].startswith("gen-")
    result = raw.parse()
    assert result.choices[0].message.content == "The capital of France is Paris."
    assert raw.parse() is result  # parsed once
    assert raw.headers["x-generation-id"] == result.id
    assert raw.generation_id == result.id  # what generations.get_generation(id=...) takes
    assert raw.request_id == result.id  # no X-Request-Id from this server: the generation id, as errors say
    assert "``send``" in (type(client.chat.with_raw_response).__doc__ or "")  # help() names the operations


def test_with_raw_response_of_a_stream_and_a_binary_body_hands_back_the_open_stream(client: ModelGates) -> None:
    raw = client.chat.with_raw_response.send(messages=FRANCE, model="m", stream=True)
    assert raw.headers["content-type"].startswith("text/event-stream")
    with raw.parse() as stream:
        assert isinstance(stream, ChatStream)
        assert "Paris" in "".join(stream.iter_text())
    audio = client.tts.with_raw_response.create_speech(input="Hi", model="m", voice="alloy")
    with audio.parse() as body:
        assert isinstance(body, BinaryResponse)
        assert body.read()
    assert audio.headers["content-type"] == "audio/pcm"


@pytest.mark.anyio
async def test_with_raw_response_async(server: LocalServer) -> None:
    async with ModelGates(api_key=server.api_key, server_url=server.url) as client:
        raw = await client.models.with_raw_response.count_async()
        assert raw.status_code == 200
        assert raw.parse().data.count == 150


def test_the_request_a_success_keeps_no_longer_carries_the_key(client: ModelGates, server: LocalServer) -> None:
    # The brief: no API key in an attribute. Errors scrubbed theirs; raw.http_response.request kept the key.
    raw = client.chat.with_raw_response.send(messages=FRANCE, model="m")
    assert raw.http_response.request.headers["authorization"] == "[REDACTED]"
    with client.chat.send(messages=FRANCE, model="m", stream=True) as stream:
        assert stream.http_response.request.headers["authorization"] == "[REDACTED]"
        assert "Paris" in "".join(stream.iter_text())  # the stream's own timeouts still read that request
    with client.tts.create_speech(input="Hi", model="m", voice="alloy") as audio:
        assert audio.http_response.request.headers["authorization"] == "[REDACTED]"
    assert {request.headers["authorization"] for request in server.requests} == {f"Bearer {server.api_key}"}
