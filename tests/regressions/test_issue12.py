"""Issue 12: hardening. One section per row of the issue, each against a real loopback server
(``RawServer`` where the bytes are ones no HTTP library sends on purpose, ``LocalServer`` otherwise),
asserting what a user would notice: the call ends with a ModelGatesError, memory and files are as
they were, the key appears nowhere.
"""

from __future__ import annotations

import asyncio
import errno
import gc
import gzip
import json
import logging
import os
import pickle
import random
import signal
import socket
import stat
import subprocess
import sys
import threading
import traceback
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from modelgates import ModelGates, RetryConfig
from modelgates.errors import (
    APIConnectionError,
    APITimeoutError,
    BadRequestResponseError,
    IncompleteResponseError,
    InvalidRequestError,
    LocalFileError,
    ModelGatesDefaultError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from modelgates.testing import LocalServer
from modelgates.utils import BackoffStrategy, Limits

from tests._data import FRANCE
from tests._rawserver import RawHandler, RawServer, WireRequest, refused_url
from tests._support import FakePacer

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
    return ModelGates(**{"api_key": KEY, "server_url": url, "retry_config": NO_RETRIES, **kwargs})


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


@pytest.mark.skipif(
    sys.version_info < (3, 11),
    reason="3.10's contextlib keeps the closed body generator's GeneratorExit (and so the response) in a cycle "
    "until the GC runs: a known gap of row 1 on 3.10",
)
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


# -- row 5: whatever the body, only ModelGatesError subclasses leave the SDK

DEEP = b"[" * 100_000 + b"]" * 100_000  # json's C decoder raises RecursionError on this


def answer_with(server: RawServer, response: bytes) -> None:
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(response)
        return False

    server.handler = handler


def chunk_event(index: Any, content: str = "x", finish: str | None = None) -> bytes:
    choice = {"index": index, "delta": {"content": content}, "finish_reason": finish}
    return event({"id": "g", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [choice]})


def test_json_nested_too_deep_in_a_200_is_a_validation_error(raw: RawServer) -> None:
    answer_with(raw, json_answer(200, DEEP))
    with client_for(raw.url) as client, pytest.raises(ResponseValidationError, match="RecursionError"):
        client.chat.send(messages=FRANCE, model="m")


def test_json_nested_too_deep_in_a_400_keeps_the_status(raw: RawServer) -> None:
    answer_with(raw, json_answer(400, DEEP))
    with client_for(raw.url) as client, pytest.raises(BadRequestResponseError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    assert caught.value.status_code == 400
    assert caught.value.data is None


def test_json_nested_too_deep_in_an_event_is_a_validation_error(raw: RawServer) -> None:
    answer_with(raw, SSE_HEAD + chunk(b"data: " + DEEP + b"\n\n") + TERMINATOR)
    with client_for(raw.url) as client, client.chat.send(messages=FRANCE, model="m", stream=True) as stream:
        with pytest.raises(ResponseValidationError, match="not JSON"):
            next(stream)


def test_a_choice_index_that_is_a_list_is_a_validation_error(raw: RawServer) -> None:
    answer_with(raw, SSE_HEAD + chunk_event([0]) + TERMINATOR)
    with client_for(raw.url) as client, client.chat.send(messages=FRANCE, model="m", stream=True) as stream:
        with pytest.raises(ResponseValidationError, match=r"index = \[0\], not an integer"):
            next(stream)


def test_indexes_0_and_1_as_a_string_fail_in_the_stream_not_in_to_result(raw: RawServer) -> None:
    answer_with(raw, SSE_HEAD + chunk_event(0) + chunk_event("1", finish="stop") + TERMINATOR)
    with client_for(raw.url) as client, client.chat.send(messages=FRANCE, model="m", stream=True) as stream:
        assert next(stream).choices[0].index == 0
        with pytest.raises(ResponseValidationError, match="not an integer"):
            next(stream)
    assert stream.accumulated.to_result().choices[0].message.content == "x"  # what was valid, assembled


def test_a_tool_call_index_that_is_not_an_integer_is_a_validation_error(raw: RawServer) -> None:
    choice = {"index": 0, "delta": {"tool_calls": [{"index": "a", "function": {"name": "f"}}]}}
    payload = {"id": "g", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [choice]}
    answer_with(raw, SSE_HEAD + event(payload) + TERMINATOR)
    with client_for(raw.url) as client, client.chat.send(messages=FRANCE, model="m", stream=True) as stream:
        with pytest.raises(ResponseValidationError, match=r"tool_calls\[\]\.index"):
            next(stream)


@pytest.mark.parametrize("charset", ["base64", "rot13", "no-such-charset"])
def test_a_400_with_a_charset_that_is_not_a_text_encoding_keeps_its_status(raw: RawServer, charset: str) -> None:
    body = b'{"error": {"message": "bad input", "code": 400}}'
    answer_with(raw, json_answer(400, body, content_type=f"application/json; charset={charset}"))
    with client_for(raw.url) as client, pytest.raises(BadRequestResponseError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    assert caught.value.status_code == 400
    assert caught.value.message == "bad input"
    assert caught.value.raw_response is not None
    assert caught.value.raw_response.text == body.decode()  # readable by the caller too


@pytest.mark.parametrize("charset", ["base64", "rot13"])
def test_a_200_that_does_not_parse_with_a_bogus_charset_is_a_validation_error(raw: RawServer, charset: str) -> None:
    answer_with(raw, json_answer(200, b'{"id": 1}', content_type=f"application/json; charset={charset}"))
    with client_for(raw.url) as client, pytest.raises(ResponseValidationError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    assert caught.value.body == '{"id": 1}'


# -- row 7: the key appears in no attribute of an error, no pickle, no log, no traceback's locals


def echo_key_answer(status: int) -> RawHandler:
    """A server that echoes the Authorization header in a response header and in the body."""

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        auth = request.headers["authorization"]
        assert KEY in auth
        body = json.dumps({"error": {"message": "bad", "code": status}, "echo": auth}).encode()
        conn.sendall(json_answer(status, body, extra=b"X-Echo: %b\r\n" % auth.encode()))
        return False

    return handler


def assert_no_key(error: BaseException) -> None:
    assert KEY.encode() not in pickle.dumps(error)
    for value in vars(error).values():
        assert KEY not in repr(value)
    raw_response = getattr(error, "raw_response", None)
    if raw_response is not None:
        assert KEY not in raw_response.text
        assert KEY not in str(raw_response.headers.multi_items())
        assert KEY not in str(raw_response.request.headers.multi_items())
    request = getattr(error, "request", None)
    if request is not None:
        assert KEY not in str(request.headers.multi_items())
    if error.__cause__ is not None and getattr(error.__cause__, "_request", None) is not None:
        assert KEY not in str(error.__cause__.request.headers.multi_items())  # type: ignore[attr-defined]


def test_a_connection_error_pickles_without_the_key() -> None:
    with client_for(refused_url()) as client, pytest.raises(APIConnectionError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    assert_no_key(caught.value)
    assert pickle.loads(pickle.dumps(caught.value)).request.headers["authorization"] == "[REDACTED]"


def test_a_status_error_holds_no_echoed_key_anywhere(raw: RawServer) -> None:
    raw.handler = echo_key_answer(400)
    with client_for(raw.url) as client, pytest.raises(BadRequestResponseError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    error = caught.value
    assert_no_key(error)
    assert error.headers["x-echo"] == "Bearer [REDACTED]"
    assert error.raw_response is not None and error.raw_response.json()["echo"] == "Bearer [REDACTED]"


def test_a_validation_error_holds_no_echoed_key_anywhere(raw: RawServer) -> None:
    raw.handler = echo_key_answer(200)
    with client_for(raw.url) as client, pytest.raises(ResponseValidationError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    assert_no_key(caught.value)


def test_a_success_response_shows_no_echoed_key_in_its_headers(raw: RawServer) -> None:
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        auth = request.headers["authorization"].encode()
        conn.sendall(b"HTTP/1.1 200 OK\r\nX-Echo: %b\r\nContent-Length: 4\r\n\r\nPCM!" % auth)
        return False

    raw.handler = handler
    with client_for(raw.url) as client, client.tts.create_speech(input="hi", model="m", voice="alloy") as audio:
        assert audio.read() == b"PCM!"
        assert audio.headers["x-echo"] == "Bearer [REDACTED]"


def test_httpx_and_httpcore_logs_show_no_key(raw: RawServer, caplog: pytest.LogCaptureFixture) -> None:
    raw.handler = echo_key_answer(400)
    caplog.set_level(logging.DEBUG)
    # (a query in server_url is refused: the paths of the calls would land in it)
    with client_for(raw.url) as client, pytest.raises(BadRequestResponseError):
        client.chat.send(messages=FRANCE, model="m", extra_query={"key": "url-credential"})
    logged = {record.name for record in caplog.records}
    assert {"httpx", "httpcore.http11"} <= logged  # the logs were written...
    assert "X-Echo" in caplog.text
    assert KEY not in caplog.text  # ...without the echoed key
    assert "url-credential" not in caplog.text  # nor a credential in the query


def test_a_traceback_with_locals_shows_no_key(local: LocalServer) -> None:
    with client_for(local.url) as client, pytest.raises(InvalidRequestError) as caught:
        client.chat.send(messages=FRANCE, model="m", http_headers={"X-Bad": "a\nb"})
    rendered = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert "api_key" in rendered and "authorization" in rendered  # the frames that hold it were rendered
    assert KEY not in rendered


# -- row 8: bad input is refused before anything is sent, naming the field, the value and what is accepted

NAN, INF = float("nan"), float("inf")


def chat_call(**kwargs: Any) -> Any:
    return lambda client: client.chat.send(**{"messages": FRANCE, "model": "m", **kwargs})


def speech_call(**kwargs: Any) -> Any:
    return lambda client: client.tts.create_speech(**{"input": "hi", "model": "m", "voice": "alloy", **kwargs})


@pytest.mark.parametrize(
    ("call", "words"),
    [
        pytest.param(chat_call(temperature=NAN), ["temperature", "nan", "finite number"], id="temperature-nan"),
        pytest.param(chat_call(top_p=INF), ["top_p", "inf", "finite number"], id="top_p-inf"),
        pytest.param(speech_call(speed=NAN), ["speed", "nan", "finite number"], id="speed-nan"),
        pytest.param(chat_call(timeout_ms=NAN), ["timeout_ms", "nan", "finite number > 0"], id="timeout-nan"),
        pytest.param(chat_call(timeout_ms="3000"), ["timeout_ms", "'3000' (str)", "finite number"], id="timeout-str"),
        pytest.param(chat_call(messages=None), ["messages is required, got None"], id="messages-none"),
        pytest.param(chat_call(retries="none"), ["retries", "'none'", "RetryConfig"], id="retries-str"),
        pytest.param(chat_call(http_headers={"Content-Length": "5"}), ["'Content-Length'", "framing"], id="c-length"),
        pytest.param(chat_call(http_headers={"transfer-encoding": "chunked"}), ["'transfer-encoding'"], id="t-enc"),
        pytest.param(chat_call(http_headers={"Host": "elsewhere"}), ["'Host'", "may not set"], id="host"),
        pytest.param(chat_call(http_headers={"X A": "1"}), ["'X A'", "not a valid HTTP header name"], id="name-sp"),
        pytest.param(chat_call(http_headers={"": "1"}), ["''", "not a valid HTTP header name"], id="name-empty"),
        pytest.param(chat_call(http_headers=[("X-A", "1")]), ["http_headers", "mapping", "list"], id="headers-list"),
    ],
)
def test_bad_input_is_refused_before_sending(local: LocalServer, call: Any, words: list[str]) -> None:
    before = len(local.requests)
    with client_for(local.url) as client, pytest.raises(InvalidRequestError) as caught:
        call(client)
    for word in words:
        assert word in str(caught.value)
    assert len(local.requests) == before  # nothing was sent


@pytest.mark.parametrize(
    ("api_key", "words"),
    [
        pytest.param(KEY.encode(), ["api_key must be a str", "bytes"], id="bytes"),
        pytest.param(KEY + " ", ["'Authorization'", "trailing whitespace"], id="trailing-space"),  # row 10 too
    ],
)
def test_a_key_that_cannot_be_sent_is_refused_without_showing_it(
    local: LocalServer, api_key: Any, words: list[str]
) -> None:
    before = len(local.requests)
    with ModelGates(api_key=api_key, server_url=local.url) as client, pytest.raises(InvalidRequestError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    for word in words:
        assert word in str(caught.value)
    assert KEY not in str(caught.value)
    assert len(local.requests) == before


@pytest.mark.parametrize(
    ("make", "words"),
    [
        pytest.param(lambda: BackoffStrategy(-1, 8_000, 2.0, 60_000), ["initial_interval", "-1"], id="negative"),
        pytest.param(lambda: BackoffStrategy(500, NAN, 2.0, 60_000), ["max_interval", "nan"], id="nan"),
        pytest.param(lambda: BackoffStrategy(500, 8_000, 0.5, 60_000), ["exponent", ">= 1"], id="shrinking"),
        pytest.param(lambda: RetryConfig("backoff", "fast"), ["RetryConfig.backoff", "str"], id="backoff-str"),  # type: ignore[arg-type]
        pytest.param(lambda: RetryConfig("none", max_retries="2"), ["max_retries", "'2'"], id="retries-str"),  # type: ignore[arg-type]
        pytest.param(lambda: ModelGates(api_key=KEY, timeout_ms=INF), ["timeout_ms", "inf"], id="client-timeout"),
    ],
)
def test_bad_settings_are_refused_when_made(make: Any, words: list[str]) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        make()
    for word in words:
        assert word in str(caught.value)


# -- row 3: decoded sizes are bounded: JSON bodies, SSE lines and events, decompression of audio

SMALL = Limits(max_body_bytes=1 << 20, max_event_bytes=1 << 20, ratio_after_bytes=1 << 20)


def gzip_answer(payload: bytes, *, content_type: str = "application/json") -> bytes:
    body = gzip.compress(payload, compresslevel=1)
    return b"HTTP/1.1 200 OK\r\nContent-Type: %b\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%b" % (
        content_type.encode(),
        len(body),
        body,
    )


def test_a_gzip_bomb_as_a_chat_result_stops_at_the_default_limit(raw: RawServer) -> None:
    answer_with(raw, gzip_answer(b" " * (65 << 20)))  # 65 MiB of JSON whitespace in ~260 KB
    with client_for(raw.url) as client, pytest.raises(ResponseTooLargeError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    assert f"larger than {64 << 20} bytes" in str(caught.value)
    assert "Limits(max_body_bytes=...)" in str(caught.value)  # says how to raise it


def test_a_body_announced_over_the_limit_is_not_read(raw: RawServer) -> None:
    answer_with(raw, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n{")
    with client_for(raw.url, limits=SMALL) as client, pytest.raises(ResponseTooLargeError, match="max_body_bytes"):
        client.chat.send(messages=FRANCE, model="m")


def test_async_a_gzip_bomb_as_a_chat_result_stops_at_the_limit(raw: RawServer) -> None:
    answer_with(raw, gzip_answer(b" " * (4 << 20)))

    async def main() -> None:
        async with client_for(raw.url, limits=SMALL) as client:
            with pytest.raises(ResponseTooLargeError, match="max_body_bytes"):
                await client.chat.send_async(messages=FRANCE, model="m")

    asyncio.run(main())


def test_an_sse_line_without_an_end_stops_at_the_limit(raw: RawServer) -> None:
    answer_with(raw, SSE_HEAD + chunk(b"data: " + b"x" * (2 << 20)) + TERMINATOR)
    with client_for(raw.url, limits=SMALL) as client, client.chat.send(messages=FRANCE, model="m", stream=True) as s:
        with pytest.raises(ResponseTooLargeError, match=r"max_event_bytes"):
            next(s)


def test_an_sse_event_of_many_lines_stops_at_the_limit(raw: RawServer) -> None:
    answer_with(raw, SSE_HEAD + chunk(b"data: x\n" * (300 << 10)) + TERMINATOR)
    with client_for(raw.url, limits=SMALL) as client, client.chat.send(messages=FRANCE, model="m", stream=True) as s:
        with pytest.raises(ResponseTooLargeError, match=r"max_event_bytes"):
            next(s)


def test_a_gzip_bomb_as_audio_fails_and_leaves_no_file(raw: RawServer, tmp_path: Path) -> None:
    answer_with(raw, gzip_answer(bytes(8 << 20), content_type="audio/mpeg"))
    target = tmp_path / "out.mp3"
    with client_for(raw.url, limits=SMALL) as client:
        audio = client.tts.create_speech(input="hi", model="m", voice="alloy")
        with pytest.raises(ResponseTooLargeError, match="max_decompression_ratio"):
            audio.stream_to_file(target)
    assert list(tmp_path.iterdir()) == []


def test_audio_that_hardly_compresses_streams_past_the_ratio_check(raw: RawServer, tmp_path: Path) -> None:
    audio_bytes = random.Random(12).randbytes(3 << 20)
    answer_with(raw, gzip_answer(audio_bytes, content_type="audio/mpeg"))
    with client_for(raw.url, limits=SMALL) as client:
        with client.tts.create_speech(input="hi", model="m", voice="alloy") as audio:
            assert audio.read() == audio_bytes


def test_async_a_gzip_bomb_as_audio_fails(raw: RawServer) -> None:
    answer_with(raw, gzip_answer(bytes(8 << 20), content_type="audio/mpeg"))

    async def main() -> None:
        async with client_for(raw.url, limits=SMALL) as client:
            audio = await client.tts.create_speech_async(input="hi", model="m", voice="alloy")
            with pytest.raises(ResponseTooLargeError, match="max_decompression_ratio"):
                await audio.aread()

    asyncio.run(main())


def test_limits_are_checked_when_made() -> None:
    with pytest.raises(InvalidRequestError, match=r"Limits\.max_body_bytes"):
        Limits(max_body_bytes=0)


# -- row 4: timeout_ms bounds a whole attempt of a buffered call; a stream fails after that long without an event


class Dribble:
    """Sends ``head`` then one byte of ``tail`` per tick until the client hangs up (or the test ends)."""

    def __init__(self, head: bytes, tail: bytes) -> None:
        self.head, self.tail = head, tail
        self.stop = threading.Event()

    def __call__(self, request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(self.head)
        for byte in self.tail:
            if self.stop.wait(0.05):  # the pace of the dribble, not a wait for the test's sake
                break
            conn.sendall(bytes([byte]))
        return False


@pytest.fixture
def dribbling(raw: RawServer) -> Iterator[RawServer]:
    yield raw
    handler = raw.handler
    if isinstance(handler, Dribble):
        handler.stop.set()


def test_a_dribbled_json_body_ends_at_the_timeout(dribbling: RawServer) -> None:
    body = json.dumps({"id": "g", "padding": "x" * 2000}).encode()
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
    dribbling.handler = Dribble(head, body)  # 2 KB at 20 bytes a second: 100 s; each read well within the timeout
    with client_for(dribbling.url) as client, pytest.raises(APITimeoutError, match="whole response"):
        client.chat.send(messages=FRANCE, model="m", timeout_ms=1000)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_dribbled_body_whose_media_type_decides_ends_at_the_timeout(dribbling: RawServer, flavour: str) -> None:
    # models.list answers JSON or RSS: the body is buffered once its media type says JSON, and the
    # async twin bounded it by nothing (3.5 s of a 1 s timeout in review, and as long as the server liked).
    body = json.dumps({"data": [], "padding": "x" * 2000}).encode()
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
    dribbling.handler = Dribble(head, body)

    async def main() -> None:
        async with client_for(dribbling.url) as client:
            await client.models.list_async(timeout_ms=1000)

    with pytest.raises(APITimeoutError, match="whole response"):
        if flavour == "async":
            asyncio.run(main())
        else:
            with client_for(dribbling.url) as client:
                client.models.list(timeout_ms=1000)


def test_dribbled_headers_end_at_the_timeout(dribbling: RawServer) -> None:
    # Each header byte arrives well within the read timeout: only a deadline on the socket ends it.
    head = b"HTTP/1.1 200 OK\r\n"
    dribbling.handler = Dribble(head, b"X-Padding: " + b"x" * 2000 + b"\r\n\r\n")
    with client_for(dribbling.url) as client, pytest.raises(APITimeoutError, match="whole response"):
        client.chat.send(messages=FRANCE, model="m", timeout_ms=1000)
    assert len(dribbling.requests) == 1


def test_async_dribbled_headers_end_at_the_timeout(dribbling: RawServer) -> None:
    head = b"HTTP/1.1 200 OK\r\n"
    dribbling.handler = Dribble(head, b"X-Padding: " + b"x" * 2000 + b"\r\n\r\n")

    async def main() -> None:
        async with client_for(dribbling.url) as client:
            with pytest.raises(APITimeoutError):
                await client.chat.send_async(messages=FRANCE, model="m", timeout_ms=1000)

    asyncio.run(main())


def test_a_stream_of_keep_alive_comments_only_ends_at_the_timeout(dribbling: RawServer) -> None:
    comments = b"".join(chunk(b": OPENROUTER PROCESSING\n\n") for _ in range(2000))
    handler = Dribble(SSE_HEAD + chunk_event(0, "Hel"), b"")
    handler.tail = comments
    dribbling.handler = handler
    with client_for(dribbling.url) as client:
        with client.chat.send(messages=FRANCE, model="m", stream=True, timeout_ms=1000) as stream:
            assert next(stream).choices[0].delta.content == "Hel"
            with pytest.raises(IncompleteResponseError, match="no event for over 1 s") as caught:
                next(stream)
    assert caught.value.partial.content == "Hel"


def test_an_event_stream_of_keep_alive_comments_only_ends_at_the_timeout(dribbling: RawServer) -> None:
    # The Responses/Messages streams (EventStream) skipped the idle check: they waited as long as comments came.
    handler = Dribble(SSE_HEAD, b"")
    handler.tail = b"".join(chunk(b": OPENROUTER PROCESSING\n\n") for _ in range(2000))
    dribbling.handler = handler
    with client_for(dribbling.url) as client:
        with client.responses.send(input="hi", model="m", stream=True, timeout_ms=1000) as stream:
            with pytest.raises(
                IncompleteResponseError, match=r"event stream broke off .* 0 events.*no event for over 1 s"
            ):
                next(stream)


def test_a_caller_slower_than_the_timeout_still_gets_the_events_already_sent(raw: RawServer) -> None:
    # The idle clock measured the caller's own time: a keep-alive comment read after a slow caller's
    # pause looked like a stream idle for longer than timeout_ms, though the next event was already there.
    answer_with(raw, SSE_HEAD + chunk(b": OPENROUTER PROCESSING\n\n") + chunk_event(0, "Hel", "stop") + TERMINATOR)
    with client_for(raw.url) as client:
        with client.chat.send(messages=FRANCE, model="m", stream=True, timeout_ms=1000) as stream:
            threading.Event().wait(1.2)  # the caller busy with something else: no wait for the server
            assert [chunk.choices[0].delta.content for chunk in stream] == ["Hel"]


# -- row 10: a buffered body cut mid-way is an IncompleteResponseError (after its retries)


def test_a_cut_chunked_json_body_is_incomplete_after_its_retries(raw: RawServer) -> None:
    answer_with(
        raw,
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunk(b'{"id": "g", '),
    )
    pacer = FakePacer()
    backoff = RetryConfig("backoff", BackoffStrategy(10, 100, 2.0, 60_000), True, max_retries=2)
    with client_for(raw.url, retry_config=backoff) as client:
        client._core.pacer = pacer.pacer()
        with pytest.raises(IncompleteResponseError, match="broke off after") as caught:
            client.chat.send(messages=FRANCE, model="m")
    assert len(raw.requests) == 3  # retried as before, then told apart from a connection error
    assert caught.value.bytes_received > 0


def test_async_a_cut_chunked_json_body_is_incomplete(raw: RawServer) -> None:
    answer_with(
        raw,
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunk(b'{"id": "g", '),
    )

    async def main() -> None:
        async with client_for(raw.url) as client:
            with pytest.raises(IncompleteResponseError, match="broke off after"):
                await client.chat.send_async(messages=FRANCE, model="m")

    asyncio.run(main())


# -- row 6: stream_to_file writes through symlinks, keeps the mode, refuses what is not a regular file

AUDIO = bytes(range(256)) * 4096  # 1 MiB: the prefetch holds at most one piece of it


def answer_audio(server: RawServer) -> None:
    answer_with(
        server, b"HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: %d\r\n\r\n%b" % (len(AUDIO), AUDIO)
    )


def save(server: RawServer, target: Path | str) -> int:
    with client_for(server.url) as client:
        return client.tts.create_speech(input="hi", model="m", voice="alloy").stream_to_file(target)


def test_a_symlink_is_followed_not_replaced(raw: RawServer, tmp_path: Path) -> None:
    answer_audio(raw)
    (tmp_path / "real.mp3").write_bytes(b"old")
    link = tmp_path / "link.mp3"
    link.symlink_to("real.mp3")
    assert save(raw, link) == len(AUDIO)
    assert link.is_symlink()
    assert (tmp_path / "real.mp3").read_bytes() == AUDIO


def test_the_destination_keeps_its_permission_bits(raw: RawServer, tmp_path: Path) -> None:
    answer_audio(raw)
    target = tmp_path / "private.mp3"
    target.write_bytes(b"old")
    target.chmod(0o600)
    save(raw, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == AUDIO


@pytest.mark.parametrize("kind", ["fifo", "directory", "device"])
def test_a_destination_that_is_not_a_regular_file_is_refused_before_downloading(
    raw: RawServer, tmp_path: Path, kind: str
) -> None:
    answer_audio(raw)
    if kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    elif kind == "directory":
        target = tmp_path / "folder"
        target.mkdir()
    else:
        # A link to /dev/null, never /dev/null itself: as root, the old code renamed a file over
        # the path it was given, and replaced /dev/null for the whole machine. Given a link, it
        # replaced only the link; the fixed code follows it and refuses the device.
        target = tmp_path / "null-link"
        target.symlink_to(os.devnull)
    before = target.stat()
    with client_for(raw.url) as client:
        audio = client.tts.create_speech(input="hi", model="m", voice="alloy")
        with pytest.raises(LocalFileError, match="cannot save to") as caught:
            audio.stream_to_file(target)
        assert audio.bytes_received < len(AUDIO)  # refused before the body was downloaded
    assert str(target) in str(caught.value)
    # a file error as any other: the errno open() would give (EISDIR), and the path
    assert caught.value.errno == (errno.EISDIR if kind == "directory" else errno.EINVAL)
    assert caught.value.filename == str(target)
    copy = pickle.loads(pickle.dumps(caught.value))  # to a worker's parent: the errno comes along
    assert (copy.errno, copy.filename, str(copy)) == (caught.value.errno, str(target), str(caught.value))
    after = target.stat()
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)  # the same node, untouched
    assert kind != "device" or target.is_symlink()
    assert not list(tmp_path.glob(".*.part"))


def test_async_a_fifo_destination_is_refused(raw: RawServer, tmp_path: Path) -> None:
    answer_audio(raw)
    target = tmp_path / "pipe"
    os.mkfifo(target)

    async def main() -> None:
        async with client_for(raw.url) as client:
            audio = await client.tts.create_speech_async(input="hi", model="m", voice="alloy")
            with pytest.raises(LocalFileError, match="FIFO"):
                await audio.stream_to_file(target)

    asyncio.run(main())
    assert stat.S_ISFIFO(target.stat().st_mode)


# -- row 11: SIGTERM while stream_to_file writes leaves no .part file (and still ends the process)

CHILD = """
import sys
from modelgates import ModelGates, RetryConfig

def progress(count):
    if count:
        print("writing", flush=True)

with ModelGates(api_key="k-child", server_url=sys.argv[1], retry_config=RetryConfig("none", None, False)) as client:
    audio = client.tts.create_speech(input="hi", model="m", voice="alloy")
    audio.stream_to_file(sys.argv[2], progress=progress)
print("finished", flush=True)
"""

# Two downloads at once: SIGTERM must remove both .part files (one handler per loop, not per writer).
ASYNC_CHILD = """
import asyncio, sys
from modelgates import ModelGates, RetryConfig

started = set()

def progress_of(name):
    def progress(count):
        if count and name not in started:
            started.add(name)
            if len(started) == 2:
                print("writing", flush=True)
    return progress

async def save(client, target):
    audio = await client.tts.create_speech_async(input="hi", model="m", voice="alloy")
    await audio.stream_to_file(target, progress=progress_of(target))

async def main():
    no_retries = RetryConfig("none", None, False)
    async with ModelGates(api_key="k-child", server_url=sys.argv[1], retry_config=no_retries) as client:
        await asyncio.gather(save(client, sys.argv[2]), save(client, sys.argv[2] + ".second.mp3"))

asyncio.run(main())
print("finished", flush=True)
"""


@pytest.mark.parametrize(("child_code", "downloads"), [(CHILD, 1), (ASYNC_CHILD, 2)], ids=["sync", "async-two"])
def test_sigterm_during_stream_to_file_leaves_no_part_file(
    raw: RawServer, tmp_path: Path, child_code: str, downloads: int
) -> None:
    release = threading.Event()

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: 100000\r\n\r\n" + b"a" * 1000)
        release.wait(30)  # the rest never comes while the child writes
        return False

    raw.handler = handler
    target = tmp_path / "out.mp3"
    child = subprocess.Popen(
        [sys.executable, "-c", child_code, raw.url, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"  # the .part file exists now
        assert len(list(tmp_path.glob(".*.part"))) == downloads
        child.send_signal(signal.SIGTERM)
        out, err = child.communicate(timeout=30)
    finally:
        release.set()
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == -signal.SIGTERM, err  # still ended by the signal
    assert "finished" not in out
    assert list(tmp_path.iterdir()) == []  # no .part file, no partial output


def _save_async(local: LocalServer, target: Path) -> int:
    async def main() -> int:
        async with ModelGates(api_key="k", server_url=local.url) as client:
            audio = await client.tts.create_speech_async(input="hi", model="m", voice="alloy")
            return await audio.stream_to_file(target)

    return asyncio.run(main())


def test_async_stream_to_file_leaves_an_applications_own_sigterm_handler_alone(
    local: LocalServer, tmp_path: Path
) -> None:
    def own(signum: int, frame: Any) -> None:  # never called: only installed
        raise AssertionError("not expected")

    previous = signal.signal(signal.SIGTERM, own)
    try:
        written = _save_async(local, tmp_path / "out.mp3")
        assert signal.getsignal(signal.SIGTERM) is own  # not replaced, not reset to the default
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert written == (tmp_path / "out.mp3").stat().st_size > 0


def test_async_stream_to_file_in_a_thread_and_a_cancelled_one_leave_sigterm_at_its_default(
    local: LocalServer, tmp_path: Path
) -> None:
    results: list[int] = []
    worker = threading.Thread(target=lambda: results.append(_save_async(local, tmp_path / "thread.mp3")))
    worker.start()
    worker.join(60)
    assert results and results[0] == (tmp_path / "thread.mp3").stat().st_size > 0

    async def cancelled() -> None:  # main thread, asyncio: the handler is installed, then removed
        async with ModelGates(api_key="k", server_url=local.url) as client:
            audio = await client.tts.create_speech_async(input="hi", model="m", voice="alloy")
            task = asyncio.ensure_future(audio.stream_to_file(tmp_path / "cancelled.mp3"))
            await asyncio.sleep(0)  # the task starts, installs its SIGTERM handler and waits on the body
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(cancelled())
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    assert not (tmp_path / "cancelled.mp3").exists()
    assert list(tmp_path.glob(".*.part")) == []


# -- row 9: only a 307/308 to the same origin is followed (with every header); any other redirect is an error


def redirect_to(location: str, status: int = 307) -> RawHandler:
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(b"HTTP/1.1 %d Moved\r\nLocation: %b\r\nContent-Length: 0\r\n\r\n" % (status, location.encode()))
        return True

    return handler


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_is_an_error_and_sends_nothing_there(raw: RawServer, status: int) -> None:
    with RawServer() as elsewhere:
        raw.handler = redirect_to(f"{elsewhere.url}/chat/completions", status)
        with client_for(raw.url) as client, pytest.raises(ModelGatesDefaultError) as caught:
            client.chat.send(messages=FRANCE, model="m", http_headers={"X-Api-Key": KEY})
        assert elsewhere.requests == []  # neither the X-Api-Key nor the prompt went there
    assert caught.value.status_code == status
    assert "not followed" in str(caught.value)


def test_a_301_answering_the_chat_post_is_not_turned_into_a_get(raw: RawServer) -> None:
    raw.handler = redirect_to("/api/v1/moved", 301)
    with client_for(raw.url) as client, pytest.raises(ModelGatesDefaultError, match="not followed"):
        client.chat.send(messages=FRANCE, model="m")
    assert [request.method for request in raw.requests] == ["POST"]


@pytest.mark.parametrize("status", [307, 308])
def test_a_same_origin_307_or_308_is_followed_with_method_body_and_headers(status: int) -> None:
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        if request.path.endswith("/chat/completions"):
            return redirect_to("/api/v1/moved", status)(request, conn)
        conn.sendall(
            json_answer(200, json.dumps({"echo": request.headers.get("x-api-key"), "body": request.json()}).encode())
        )
        return True

    with RawServer(handler) as server, client_for(server.url) as client:
        with pytest.raises(ResponseValidationError) as caught:  # the echo is not a ChatResult: read its body
            client.chat.send(messages=FRANCE, model="m", http_headers={"X-Api-Key": "other-key"})
        first, second = server.requests
    assert (first.method, second.method) == ("POST", "POST")
    assert second.headers["authorization"] == f"Bearer {KEY}"
    assert second.body == first.body
    assert json.loads(caught.value.body)["echo"] == "other-key"  # the caller's X-Api-Key went along


def test_async_a_redirect_to_another_origin_is_an_error(raw: RawServer) -> None:
    async def main() -> None:
        with RawServer() as elsewhere:
            raw.handler = redirect_to(f"{elsewhere.url}/chat/completions", 308)
            async with client_for(raw.url) as client:
                with pytest.raises(ModelGatesDefaultError, match="not followed"):
                    await client.chat.send_async(messages=FRANCE, model="m")
            assert elsewhere.requests == []

    asyncio.run(main())


# -- row 2: one client works from any event loop, one after another or in threads at once


def test_one_client_in_several_asyncio_runs_in_a_row(local: LocalServer) -> None:
    client = client_for(local.url)

    async def one() -> str:
        result = await client.chat.send_async(messages=FRANCE, model="m")
        return result.id

    try:
        ids = [asyncio.run(one()) for _ in range(4)]  # before: every other run, "Event loop is closed"
    finally:
        client.close()
    assert len(set(ids)) == 4


def test_one_client_from_loops_in_several_threads(local: LocalServer) -> None:
    client = client_for(local.url)
    failures: list[BaseException] = []
    start = threading.Barrier(3)

    async def calls() -> None:
        for _ in range(3):
            await client.chat.send_async(messages=FRANCE, model="m")

    def run() -> None:
        start.wait(10)
        try:
            asyncio.run(calls())
        except BaseException as exc:  # reported below, on the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    client.close()
    assert failures == []
    assert not any(thread.is_alive() for thread in threads)


def test_aclose_closes_the_running_loops_client(local: LocalServer) -> None:
    async def main() -> None:
        client = client_for(local.url)
        await client.chat.send_async(messages=FRANCE, model="m")
        http = client._core._async_client
        await client.aclose()
        assert http is not None and http.is_closed

    asyncio.run(main())


# -- the same bounds through a proxy from the environment (httpx mounts a transport per proxy)


@pytest.fixture
def proxied(monkeypatch: pytest.MonkeyPatch, raw: RawServer) -> str:
    """The raw server as the HTTP proxy of every request; returns a server URL that only it can reach."""
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", raw.url.split("/api/")[0])
    return "http://api.modelgates.invalid/api/v1"


def test_dribbled_headers_through_a_proxy_end_at_the_timeout(dribbling: RawServer, proxied: str) -> None:
    dribbling.handler = Dribble(b"HTTP/1.1 200 OK\r\n", b"X-Padding: " + b"x" * 2000 + b"\r\n\r\n")
    with client_for(proxied) as client, pytest.raises(APITimeoutError, match="whole response"):
        client.chat.send(messages=FRANCE, model="m", timeout_ms=1000)
    assert dribbling.requests[0].path.startswith("http://api.modelgates.invalid/")  # it did go through the proxy


def test_async_calls_through_a_proxy_are_not_held_at_the_slow_start(raw: RawServer, proxied: str) -> None:
    # 30 calls must all be at the server at once (more than the 20 the slow start admits before any
    # connection is open): the gate counts the proxy's connections too.
    together = threading.Barrier(30, timeout=20)
    body = json.dumps({"data": {"count": 150}}).encode()

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        together.wait()
        conn.sendall(json_answer(200, body))
        return True

    raw.handler = handler

    async def main() -> list[int]:
        async with client_for(proxied) as client:
            counts = await asyncio.gather(*(client.models.count_async() for _ in range(30)))
            return [count.data.count for count in counts]

    assert asyncio.run(main()) == [150] * 30
