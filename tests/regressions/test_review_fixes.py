"""Regressions for the defects a review demonstrated (its scripts, turned into tests).

Each test talks to a real loopback server (``RawServer`` for bytes no HTTP library sends on
purpose, ``LocalServer`` with an injected fault otherwise) and checks what a user would notice:
a loop that does not end, an API key in an exception, a bare ``UnicodeEncodeError``, a
``raw_response`` that cannot be read, a WAV file with two headers.
"""

from __future__ import annotations

import io
import json
import socket
import struct
import threading
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from modelgates import ModelGates, RetryConfig
from modelgates.errors import (
    APIConnectionError,
    BadGatewayResponseError,
    BadRequestResponseError,
    IncompleteResponseError,
    InvalidRequestError,
    ResponseValidationError,
)
from modelgates.testing import FAULT_HEADER, LocalServer

from tests._data import FRANCE
from tests._rawserver import RawServer, WireRequest, wait_for_close

KEY = "sk-SECRET-0123456789"
NO_RETRIES = RetryConfig("none", None, False)
SSE_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
TERMINATOR = b"0\r\n\r\n"
SERVER_CAP = 10.0  # how long the drain server holds the body open if the client never lets go


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%b\r\n" % (len(data), data)


def event(payload: dict[str, Any] | str) -> bytes:
    text = payload if isinstance(payload, str) else json.dumps(payload)
    return chunk(f"data: {text}\n\n".encode())


HI = event(
    {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hi"}, "finish_reason": "stop"}],
    }
)
DONE = event("[DONE]")


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer() as raw:
        yield raw


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def client_for(url: str, api_key: str = KEY) -> ModelGates:
    return ModelGates(api_key=api_key, server_url=url, retry_config=NO_RETRIES)


# -- t1: the for-loop must end at [DONE], not when a proxy finally ends the chunked body


class HeldOpenBody:
    """A handler that sends one event and [DONE], then holds the body open (no terminator) until
    ``release`` is set, at most ``SERVER_CAP`` seconds. The test sets ``release`` only once its
    loop has ended, so the loop can end only if the client gave up on the body by itself."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.finished = threading.Event()
        self.released_by_test: bool | None = None
        self.client_hung_up: bool | None = None

    def __call__(self, request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(SSE_HEAD + HI + DONE)
        self.released_by_test = self.release.wait(SERVER_CAP)
        if self.released_by_test:
            # The client closed long before: its end-of-stream (FIN or reset) is already here.
            self.client_hung_up = wait_for_close(conn, SERVER_CAP)
        else:  # the old behaviour: the client is still reading; end the body so the test can finish
            conn.sendall(TERMINATOR)
            self.client_hung_up = False
        self.finished.set()
        return False

    def outcome(self) -> tuple[bool | None, bool | None]:
        assert self.finished.wait(2 * SERVER_CAP)
        return self.released_by_test, self.client_hung_up


def hand_back_a_normal_stream(server: RawServer) -> None:
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(SSE_HEAD + HI + DONE + TERMINATOR)
        return True

    server.handler = handler


def test_a_body_held_open_after_done_does_not_hold_the_loop(server: RawServer) -> None:
    held = HeldOpenBody()
    server.handler = held
    with client_for(server.url) as client:
        with client.chat.send(messages=FRANCE, model="m", stream=True) as stream:
            texts = list(stream.iter_text())
            ended_while_held = not held.release.is_set()
        held.release.set()  # only now may the server end the body
        assert ended_while_held
        assert held.outcome() == (True, True)  # the loop ended first; the client had hung up
        assert texts == ["Hi"]
        assert stream.final().choices[0].message.content == "Hi"
        assert stream.http_response.is_closed
        # The abandoned connection is not handed out again: the next call works, on a new one.
        hand_back_a_normal_stream(server)
        with client.chat.send(messages=FRANCE, model="m", stream=True) as again:
            assert list(again.iter_text()) == ["Hi"]
    assert len(server.connections) == 2


@pytest.mark.anyio
async def test_async_a_body_held_open_after_done_does_not_hold_the_loop(server: RawServer) -> None:
    held = HeldOpenBody()
    server.handler = held
    async with client_for(server.url) as client:
        async with await client.chat.send_async(messages=FRANCE, model="m", stream=True) as stream:
            texts = [text async for text in stream.aiter_text()]
            ended_while_held = not held.release.is_set()
        held.release.set()
        assert ended_while_held
        assert held.outcome() == (True, True)
        assert texts == ["Hi"]
        assert (await stream.final()).choices[0].message.content == "Hi"
        assert stream.http_response.is_closed
        hand_back_a_normal_stream(server)
        async with await client.chat.send_async(messages=FRANCE, model="m", stream=True) as again:
            assert [text async for text in again.aiter_text()] == ["Hi"]
    assert len(server.connections) == 2


def keep_alive_after_done(server: RawServer) -> None:
    """[DONE], then a keep-alive comment and the terminator in writes of their own (a proxy's way):
    the bound on the drain must not cost the connection when the body does end."""

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(SSE_HEAD + HI + DONE)
        conn.sendall(chunk(b": keep-alive\n\n"))
        conn.sendall(TERMINATOR)
        return True

    server.handler = handler


def test_a_body_that_ends_after_done_keeps_its_connection(server: RawServer) -> None:
    keep_alive_after_done(server)
    with client_for(server.url) as client:
        for _ in range(3):
            with client.chat.send(messages=FRANCE, model="m", stream=True) as stream:
                assert list(stream.iter_text()) == ["Hi"]
    assert len(server.requests) == 3
    assert len(server.connections) == 1


@pytest.mark.anyio
async def test_async_a_body_that_ends_after_done_keeps_its_connection(server: RawServer) -> None:
    keep_alive_after_done(server)
    async with client_for(server.url) as client:
        for _ in range(3):
            async with await client.chat.send_async(messages=FRANCE, model="m", stream=True) as stream:
                assert [text async for text in stream.aiter_text()] == ["Hi"]
    assert len(server.requests) == 3
    assert len(server.connections) == 1


# -- t2: a server (a debug proxy) that echoes the Authorization header must not put the key in errors


def echoed_key(request: WireRequest) -> bytes:
    auth = request.headers["authorization"]
    assert KEY in auth  # the echo really carries the key
    return auth.encode()


def test_a_2xx_body_that_does_not_parse_does_not_carry_the_key(server: RawServer) -> None:
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        body = json.dumps({"echo": echoed_key(request).decode()}).encode()
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%b" % (len(body), body)
        )
        return False

    server.handler = handler
    with client_for(server.url) as client, pytest.raises(ResponseValidationError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    assert KEY not in str(caught.value)
    assert KEY not in caught.value.body
    assert json.loads(caught.value.body) == {"echo": "Bearer [REDACTED]"}  # the rest is still there


def test_an_error_event_in_a_stream_does_not_carry_the_key(server: RawServer) -> None:
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        auth = echoed_key(request).decode()
        error = {"code": 502, "message": f"upstream rejected key {KEY}", "metadata": {"raw": auth}}
        conn.sendall(SSE_HEAD + event({"error": error}) + TERMINATOR)
        return False

    server.handler = handler
    with client_for(server.url) as client, pytest.raises(BadGatewayResponseError) as caught:
        with client.chat.send(messages=FRANCE, model="m", stream=True) as stream:
            list(stream)
    error = caught.value
    assert KEY not in str(error)
    assert KEY not in error.body
    assert KEY not in json.dumps(error.metadata)
    assert error.metadata == {"raw": "Bearer [REDACTED]"}
    assert "upstream rejected key [REDACTED]" in str(error)


def test_a_protocol_error_quoting_the_key_does_not_carry_it(server: RawServer) -> None:
    # h11 quotes an illegal status line whole in its message.
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(b"HTTP/1.1 2xx " + echoed_key(request) + b"\r\nContent-Length: 0\r\n\r\n")
        return False

    server.handler = handler
    with client_for(server.url) as client, pytest.raises(APIConnectionError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    assert "illegal status line" in str(caught.value)
    assert KEY not in str(caught.value)


def test_a_stream_broken_by_a_chunk_header_quoting_the_key_does_not_carry_it(server: RawServer) -> None:
    # h11 quotes an illegal chunk header whole: the stream breaks off mid-body.
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(SSE_HEAD + event({"choices": [{"index": 0, "delta": {"content": "Hel"}}]}))
        conn.sendall(echoed_key(request) + b"\r\n")
        return False

    server.handler = handler
    with client_for(server.url) as client, pytest.raises(IncompleteResponseError) as caught:
        with client.chat.send(messages=FRANCE, model="m", stream=True) as stream:
            list(stream)
    assert "illegal chunk header" in str(caught.value)
    assert KEY not in str(caught.value)
    assert caught.value.partial.content == "Hel"


# -- t3: header values h11 or httpx would choke on are refused up front, naming the header only


@pytest.mark.parametrize(
    ("api_key", "title", "header", "what"),
    [
        pytest.param(KEY + "\x0b", None, "Authorization", "control character", id="key-with-vertical-tab"),
        pytest.param(KEY + "\x7f", None, "Authorization", "control character", id="key-with-DEL"),
        pytest.param(KEY + "é", None, "Authorization", "non-ASCII", id="non-ascii-key"),
        pytest.param(KEY, "Café bot", "X-OpenRouter-Title", "non-ASCII", id="title"),
    ],
)
def test_a_header_value_that_cannot_be_sent_is_refused_by_name(
    api_key: str, title: str | None, header: str, what: str
) -> None:
    with LocalServer(api_key=None) as local, client_for(local.url, api_key) as client:
        with pytest.raises(InvalidRequestError) as caught:
            client.chat.send(messages=FRANCE, model="m", x_open_router_title=title)
        assert local.requests == []  # refused before anything was sent
    message = str(caught.value)
    assert repr(header) in message and what in message
    assert KEY not in message and "Café" not in message


@pytest.mark.anyio
async def test_async_a_header_value_that_cannot_be_sent_is_refused_by_name() -> None:
    with LocalServer(api_key=None) as local:
        async with client_for(local.url, KEY + "\x0b") as client:
            with pytest.raises(InvalidRequestError, match="'Authorization'") as caught:
                await client.chat.send_async(messages=FRANCE, model="m")
        assert local.requests == []
    assert KEY not in str(caught.value)


# -- t4: a status error's raw_response can be read like any read response


def test_a_status_error_raw_response_reads_as_text_and_json() -> None:
    with LocalServer() as local, client_for(local.url, local.api_key or "") as client:
        with pytest.raises(BadRequestResponseError) as caught:
            client.chat.send(messages=FRANCE, model="m", http_headers={FAULT_HEADER: "400"})
    error = caught.value
    assert error.raw_response is not None
    assert error.raw_response.text == error.body
    assert error.raw_response.json() == json.loads(error.body)
    assert error.raw_response.json()["error"]["code"] == 400


@pytest.mark.anyio
async def test_async_a_status_error_raw_response_reads_as_text_and_json() -> None:
    with LocalServer() as local:
        async with client_for(local.url, local.api_key or "") as client:
            with pytest.raises(BadRequestResponseError) as caught:
                await client.chat.send_async(messages=FRANCE, model="m", http_headers={FAULT_HEADER: "400"})
    error = caught.value
    assert error.raw_response is not None
    assert error.raw_response.text == error.body
    assert error.raw_response.json()["error"]["code"] == 400


# -- t11: save_wav on a response that already is a WAV file saves it as it is

PCM = struct.pack("<100h", *range(-5000, 5000, 100))


def wav_file(pcm: bytes) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(24000)
        writer.writeframes(pcm)
    return out.getvalue()


def answer_wav(server: RawServer) -> bytes:
    wav = wav_file(PCM)

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\nContent-Length: %d\r\n\r\n%b" % (len(wav), wav))
        return False

    server.handler = handler
    return wav


def assert_same_audio(path: Path, wav: bytes) -> None:
    assert path.read_bytes() == wav  # one RIFF header, not the server's file inside a second one
    with wave.open(str(path), "rb") as saved:
        assert saved.readframes(saved.getnframes()) == PCM


def test_save_wav_on_a_wav_response_saves_it_as_it_is(server: RawServer, tmp_path: Path) -> None:
    wav = answer_wav(server)
    target = tmp_path / "out.wav"
    with client_for(server.url) as client, client.tts.create_speech(input="hi", model="m", voice="alloy") as audio:
        assert audio.save_wav(target) == len(PCM)
    assert_same_audio(target, wav)


@pytest.mark.anyio
async def test_async_save_wav_on_a_wav_response_saves_it_as_it_is(server: RawServer, tmp_path: Path) -> None:
    wav = answer_wav(server)
    target = tmp_path / "out.wav"
    async with client_for(server.url) as client:
        async with await client.tts.create_speech_async(input="hi", model="m", voice="alloy") as audio:
            assert await audio.save_wav(target) == len(PCM)
    assert_same_audio(target, wav)
