"""Issue 12: hardening. One section per row of the issue, each against a real loopback server
(``RawServer`` where the bytes are ones no HTTP library sends on purpose, ``LocalServer`` otherwise),
asserting what a user would notice: the call ends with a ModelGatesError, memory and files are as
they were, the key appears nowhere.
"""

from __future__ import annotations

import asyncio
import gc
import json
import socket
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from modelgates import ModelGates, RetryConfig
from modelgates.testing import LocalServer

from tests._data import FRANCE
from tests._rawserver import RawServer, WireRequest

KEY = "sk-SECRET-issue12-0123456789"
NO_RETRIES = RetryConfig("none", None, False)
SSE_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
TERMINATOR = b"0\r\n\r\n"


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%b\r\n" % (len(data), data)


def event(payload: dict[str, Any] | str) -> bytes:
    text = payload if isinstance(payload, str) else json.dumps(payload)
    return chunk(f"data: {text}\n\n".encode())


def json_answer(status: int, body: bytes, *, content_type: str = "application/json", extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 %d X\r\nContent-Type: %b\r\nContent-Length: %d\r\n%b\r\n%b" % (
        status,
        content_type.encode(),
        len(body),
        extra,
        body,
    )


@pytest.fixture(scope="module")
def local() -> Iterator[LocalServer]:
    with LocalServer(api_key=None) as running:
        yield running


@pytest.fixture
def raw() -> Iterator[RawServer]:
    with RawServer() as server:
        yield server


def client_for(url: str, **kwargs: Any) -> ModelGates:
    return ModelGates(api_key=KEY, server_url=url, retry_config=NO_RETRIES, **kwargs)


@pytest.fixture
def no_gc() -> Iterator[None]:
    """The garbage collector off: what is freed is freed by reference counting, deterministically."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# -- row 1: a streamed response dropped unread is closed at once, never by the GC inside the pool lock


def test_a_speech_response_dropped_unread_is_freed_without_the_gc(local: LocalServer, no_gc: None) -> None:
    with client_for(local.url) as client:
        audio = client.tts.create_speech(input="hello", model="m", voice="alloy")
        response = weakref.ref(audio.http_response)
        del audio
        # Before the fix the prefetched first chunk sat in a reference cycle: the response stayed
        # alive until a GC pass, which could run inside httpcore's pool lock and deadlock.
        assert response() is None
        again = client.tts.create_speech(input="hello", model="m", voice="alloy")  # same thread, same client
        with again:
            assert again.read()


def test_a_chat_stream_dropped_after_one_event_is_freed_without_the_gc(local: LocalServer, no_gc: None) -> None:
    with client_for(local.url) as client:
        stream = client.chat.send(messages=FRANCE, model="m", stream=True)
        next(stream)
        response = weakref.ref(stream.http_response)
        del stream
        assert response() is None
        assert client.chat.send(messages=FRANCE, model="m").choices


def test_async_a_speech_response_dropped_unread_is_freed_without_the_gc(local: LocalServer, no_gc: None) -> None:
    async def main() -> None:
        async with client_for(local.url) as client:
            audio = await client.tts.create_speech_async(input="hello", model="m", voice="alloy")
            response = weakref.ref(audio.http_response)
            await audio.aclose()  # async bodies cannot be closed from a finalizer: closed, then dropped
            del audio
            assert response() is None

    asyncio.run(main())


def test_the_prefetched_response_still_reports_elapsed(local: LocalServer) -> None:
    with client_for(local.url) as client, client.tts.create_speech(input="hi", model="m", voice="alloy") as audio:
        audio.read()
        assert audio.http_response.elapsed.total_seconds() >= 0
