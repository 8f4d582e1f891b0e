"""Issue 14: a closed client says so instead of opening a new pool; to_result() before the stream
was read says so instead of answering an empty ChatResult. Against a real LocalServer."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from modelgates import ModelGates, errors
from modelgates.testing import LocalServer

from tests._data import FRANCE

CLOSED = "the client has been closed"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


def test_a_call_after_the_with_block_raises_and_sends_nothing(server: LocalServer) -> None:
    with ModelGates(api_key="test-key", server_url=server.url) as client:
        client.chat.send(messages=FRANCE)
    server.clear()
    with pytest.raises(errors.ClientClosedError, match=CLOSED):
        client.chat.send(messages=FRANCE)
    with pytest.raises(errors.ClientClosedError, match=CLOSED):
        client.tts.create_speech(input="x", model="m", voice="alloy")
    assert server.requests == []
    assert isinstance(errors.ClientClosedError(CLOSED), errors.ModelGatesError)


def test_an_async_call_after_aclose_raises(server: LocalServer) -> None:
    async def main() -> None:
        async with ModelGates(api_key="test-key", server_url=server.url) as client:
            await client.chat.send_async(messages=FRANCE)
        with pytest.raises(errors.ClientClosedError, match=CLOSED):
            await client.chat.send_async(messages=FRANCE)
        with pytest.raises(errors.ClientClosedError, match=CLOSED):
            client.chat.send(messages=FRANCE)  # the sync twin of a closed client too

    asyncio.run(main())


def test_to_result_before_the_stream_was_read_raises_and_after_it_assembles(server: LocalServer) -> None:
    with ModelGates(api_key="test-key", server_url=server.url) as client:
        with client.chat.send(messages=FRANCE, stream=True) as stream:
            with pytest.raises(errors.StreamNotConsumedError, match="iterate the stream"):
                stream.accumulated.to_result()
            text = "".join(stream.iter_text())
        result = stream.accumulated.to_result()
    assert result.choices[0].message.content == text
    assert text
