"""The fault table: each row one way a server or network fails, and what the user then gets.

Every row asserts the exception class and what it carries, how many requests the server saw
(retries included: ``retries(2)`` allows two, and the no-wait pacer records each delay), and that
no connection leaked: the client's pool (``max_connections=1``, a one-second pool timeout) holds
no busy connection afterwards and a follow-up call on it succeeds. Faults come from the
LocalServer's injection (``X-ModelGates-Fault`` header, or its scripted queue) or, for what no
server does on purpose (a reset mid-body, headers that never come), from raw sockets.
"""

from __future__ import annotations

import json
import socket
import struct
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from modelgates import ModelGates, errors
from modelgates._retry import RETRYABLE_STATUSES
from modelgates.testing import LocalServer, error_envelope
from modelgates.testing._wire import reason_phrase
from modelgates_api.status_errors import ERROR_CLASSES_BY_STATUS
from werkzeug import Request, Response

from tests._data import FRANCE
from tests._rawserver import RawHandler, RawServer, WireRequest, refused_url
from tests._support import LOOPBACK_TLS, FakePacer

from .conftest import API_KEY, SPEC, Script, assert_no_leak, busy_connections, retries

pytestmark = pytest.mark.anyio

MODES = ["chat", "chat-stream", "speech", "chat-async", "chat-stream-async", "speech-async"]
PARIS = "The capital of France is Paris."
HTML_HEADING = "<h1>{} {}</h1>"


def declared(path: str) -> list[int]:
    return sorted(int(s) for s in SPEC["paths"][path]["post"]["responses"] if int(s) >= 400)


CHAT_STATUSES = declared("/chat/completions")
SPEECH_STATUSES = declared("/audio/speech")


@pytest.fixture
async def client(server: LocalServer, pacer: FakePacer) -> AsyncIterator[ModelGates]:
    """A client on the LocalServer whose pools hold ONE connection: a leaked one makes the next call
    wait a second for the pool and fail."""
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    timeout = httpx.Timeout(10, pool=1)
    with httpx.Client(verify=LOOPBACK_TLS, limits=limits, timeout=timeout) as http:
        async with httpx.AsyncClient(verify=LOOPBACK_TLS, limits=limits, timeout=timeout) as ahttp:
            async with ModelGates(api_key=API_KEY, server_url=server.url, client=http, async_client=ahttp) as sdk:
                sdk._core.pacer = pacer.pacer()
                yield sdk


async def call(client: ModelGates, mode: str, **options: Any) -> Any:
    """One complete operation the way a user writes it: the answer, fully read."""
    if mode == "chat":
        return client.chat.send(messages=FRANCE, **options).choices[0].message.content
    if mode == "chat-async":
        return (await client.chat.send_async(messages=FRANCE, **options)).choices[0].message.content
    if mode == "chat-stream":
        with client.chat.send(messages=FRANCE, stream=True, **options) as stream:
            return "".join(stream.iter_text())
    if mode == "chat-stream-async":
        async with await client.chat.send_async(messages=FRANCE, stream=True, **options) as astream:
            return "".join([text async for text in astream.aiter_text()])
    speech = {"input": "Hello world", "model": "openai/gpt-4o-mini-tts", "voice": "alloy"}
    if mode == "speech":
        with client.tts.create_speech(**speech, **options) as audio:
            return audio.read()
    async with await client.tts.create_speech_async(**speech, **options) as aaudio:
        return await aaudio.aread()


async def assert_still_usable(client: ModelGates, mode: str, server: LocalServer) -> None:
    """No busy connection in the pools, and the next call on the one-connection pool succeeds."""
    assert_no_leak(client)
    answer = await call(client, mode, server_url=server.url, http_headers={})
    assert answer == PARIS if mode.startswith("chat") else len(answer) > 1000
    assert_no_leak(client)


def fault(spec: str) -> dict[str, Any]:
    return {"http_headers": {"X-ModelGates-Fault": spec}}


# --- every declared status, with each kind of body -------------------------------------------------

BODIES = ["json", "html", "empty", "truncated"]


def check_status_error(error: errors.APIStatusError, status: int, body: str) -> None:
    reason = reason_phrase(status)
    envelope = json.dumps(error_envelope(status, f"Injected fault: {status} {reason}"))
    assert error.status_code == status
    assert error.headers.get("x-generation-id", "").startswith("gen-")
    if body == "json":
        assert error.message == f"Injected fault: {status} {reason}"
        assert error.code == status
        assert json.loads(error.body) == json.loads(envelope)
        model = type(error).model_path
        if model is None:
            assert error.data is None  # an undeclared status has no model to parse into
        else:
            assert type(error.data).__name__ == model.rpartition(".")[2]
            assert error.data.error.message == error.message
        return
    assert error.data is None
    assert error.code is None
    if body == "html":
        assert HTML_HEADING.format(status, reason) in error.body
        assert error.message.startswith(f"{reason}: <html>")
    elif body == "empty":
        assert error.body == ""
        assert error.message == f"{reason} (empty body)"
    else:
        assert error.body == envelope[: len(envelope) // 2]
        assert error.message.startswith(f"{reason}: {{")


def attempts(status: int, allowed_retries: int = 2) -> int:
    return 1 + allowed_retries if status in RETRYABLE_STATUSES else 1


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize(
    ("mode", "status"), [("chat", s) for s in CHAT_STATUSES] + [("speech", s) for s in SPEECH_STATUSES]
)
async def test_declared_status(
    client: ModelGates, server: LocalServer, pacer: FakePacer, mode: str, status: int, body: str
) -> None:
    with pytest.raises(errors.APIStatusError) as caught:
        await call(client, mode, retries=retries(2), **fault(f"{status};body={body}"))
    assert type(caught.value) is ERROR_CLASSES_BY_STATUS[status]
    check_status_error(caught.value, status, body)
    assert len(server.requests) == attempts(status)
    assert len(pacer.sleeps) == attempts(status) - 1
    await assert_still_usable(client, mode, server)


@pytest.mark.parametrize("body", ["json", "html"])
@pytest.mark.parametrize("status", [401, 503, 418])
@pytest.mark.parametrize("mode", ["chat-async", "chat-stream", "chat-stream-async", "speech-async"])
async def test_status_in_every_other_mode(
    client: ModelGates, server: LocalServer, mode: str, status: int, body: str
) -> None:
    with pytest.raises(errors.APIStatusError) as caught:
        await call(client, mode, retries=retries(2), **fault(f"{status};body={body}"))
    assert type(caught.value) is ERROR_CLASSES_BY_STATUS.get(status, errors.ModelGatesDefaultError)
    check_status_error(caught.value, status, body)
    assert len(server.requests) == attempts(status)
    await assert_still_usable(client, mode, server)


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("status", [418, 599])
@pytest.mark.parametrize("mode", ["chat", "speech"])
async def test_undeclared_status(client: ModelGates, server: LocalServer, mode: str, status: int, body: str) -> None:
    with pytest.raises(errors.ModelGatesDefaultError) as caught:
        await call(client, mode, retries=retries(2), **fault(f"{status};body={body}"))
    check_status_error(caught.value, status, body)
    assert len(server.requests) == 1  # neither is retryable
    await assert_still_usable(client, mode, server)


# --- no response, or a broken one -----------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_connection_refused(client: ModelGates, server: LocalServer, pacer: FakePacer, mode: str) -> None:
    url = refused_url()
    with pytest.raises(errors.APIConnectionError) as caught:
        await call(client, mode, retries=retries(2), server_url=url)
    assert type(caught.value) is errors.APIConnectionError  # not a timeout: refused at once
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "ConnectError" in caught.value.message
    assert caught.value.request is not None and str(caught.value.request.url).startswith(url)
    assert len(pacer.sleeps) == 2  # three attempts in all
    await assert_still_usable(client, mode, server)


@pytest.mark.parametrize("mode", MODES)
async def test_reset_before_headers(client: ModelGates, server: LocalServer, pacer: FakePacer, mode: str) -> None:
    with pytest.raises(errors.APIConnectionError) as caught:
        await call(client, mode, retries=retries(2), **fault("reset"))
    assert type(caught.value) is errors.APIConnectionError
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert len(server.requests) == 3  # retried: nothing had reached the caller
    assert len(pacer.sleeps) == 2
    await assert_still_usable(client, mode, server)


@pytest.mark.parametrize("mode", MODES)
async def test_closed_mid_body(client: ModelGates, server: LocalServer, mode: str) -> None:
    """Headers and part of the body, then the server closes (``cut``)."""
    if mode in ("chat", "chat-async"):
        # A buffered body cut mid-way is retried as a whole; then it is reported as incomplete (issue 12).
        with pytest.raises(errors.IncompleteResponseError) as caught:
            await call(client, mode, retries=retries(2), **fault("cut"))
        assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
        assert caught.value.bytes_received > 0
        assert len(server.requests) == 3
    else:
        # A stream is not retried once it reached the caller: what arrived is reported.
        with pytest.raises(errors.IncompleteResponseError) as caught_incomplete:
            await call(client, mode, retries=retries(2), **fault("cut"))
        incomplete = caught_incomplete.value
        assert incomplete.bytes_received > 0
        if mode.startswith("speech"):
            assert incomplete.partial == incomplete.bytes_received
            assert str(incomplete.bytes_received) in incomplete.message
        else:
            assert incomplete.partial.content == "The capital"  # the two events sent before the cut
        assert len(server.requests) == 1
    await assert_still_usable(client, mode, server)


def reset_mid_body(request: WireRequest, conn: socket.socket) -> bool:
    """200 with a Content-Length, half the body, then a TCP reset (SO_LINGER 0)."""
    streamed = request.path.endswith("/chat/completions") and request.json().get("stream")
    if request.path.endswith("/audio/speech"):
        kind, body = "audio/pcm", b"\x00\x01" * 2000
    elif streamed:
        event = {"choices": [{"index": 0, "delta": {"content": "The"}}]}
        kind, body = "text/event-stream", (b"data: " + json.dumps(event).encode() + b"\n\n") * 40
    else:
        kind, body = "application/json", json.dumps({"id": "x", "created": 1, "model": "m", "choices": []}).encode()
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n\r\n"
    conn.sendall(head.encode() + body[: len(body) // 2 + 1])
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()
    return False


def reset_after_headers(request: WireRequest, conn: socket.socket) -> bool:
    """200 headers announcing a body, then a TCP reset before any body byte."""
    kind = "text/event-stream" if request.json().get("stream") else "application/octet-stream"
    conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: 4000\r\n\r\n".encode())
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()
    return False


@pytest.mark.parametrize("mode", MODES)
async def test_reset_after_headers_before_any_body_byte_is_retried(
    client: ModelGates, server: LocalServer, raw_server: Callable[[RawHandler], RawServer], mode: str
) -> None:
    # Nothing reached the caller yet, so streams are retried too (the issue's rule: a stream is
    # retried only before its first byte reaches the caller).
    raw = raw_server(reset_after_headers)
    with pytest.raises(errors.APIConnectionError) as caught:
        await call(client, mode, retries=retries(2), server_url=raw.url)
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert len(raw.requests) == 3
    await assert_still_usable(client, mode, server)


def never_answer(request: WireRequest, conn: socket.socket) -> bool:
    """Read the request and say nothing until the client gives up (headers that never come)."""
    conn.settimeout(10)
    while conn.recv(65536):
        pass
    return False


@pytest.mark.parametrize("mode", MODES)
async def test_reset_mid_body(
    client: ModelGates, server: LocalServer, raw_server: Callable[[RawHandler], RawServer], mode: str
) -> None:
    raw = raw_server(reset_mid_body)
    if mode in ("chat", "chat-async"):
        with pytest.raises(errors.IncompleteResponseError) as caught:  # after its retries (issue 12)
            await call(client, mode, retries=retries(2), server_url=raw.url)
        assert isinstance(caught.value.__cause__, httpx.TransportError)
        assert len(raw.requests) == 3
    else:
        with pytest.raises(errors.IncompleteResponseError) as caught_incomplete:
            await call(client, mode, retries=retries(2), server_url=raw.url)
        assert caught_incomplete.value.bytes_received > 0
        assert isinstance(caught_incomplete.value.__cause__, httpx.TransportError)
        assert len(raw.requests) == 1
    await assert_still_usable(client, mode, server)


@pytest.mark.parametrize("mode", MODES)
async def test_headers_never_come(
    client: ModelGates,
    server: LocalServer,
    raw_server: Callable[[RawHandler], RawServer],
    pacer: FakePacer,
    mode: str,
) -> None:
    raw = raw_server(never_answer)
    with pytest.raises(errors.APITimeoutError) as caught:
        await call(client, mode, retries=retries(1), server_url=raw.url, timeout_ms=150)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert "timed out" in caught.value.message
    assert len(raw.requests) == 2  # timeouts are retried like connection errors
    assert len(pacer.sleeps) == 1
    await assert_still_usable(client, mode, server)


@pytest.mark.parametrize("mode", MODES)
async def test_body_stalls(client: ModelGates, server: LocalServer, mode: str) -> None:
    """Headers arrive, then nothing for longer than the timeout.

    No body byte has reached the caller, so every mode retries: a buffered body is retried whole,
    and a stream is handed over only once its first bytes are in (the cut rows show that a stream
    is never retried after that).
    """
    with pytest.raises(errors.APITimeoutError) as caught:
        await call(client, mode, retries=retries(1), timeout_ms=150, **fault("stall=1"))
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert "/api/v1/" in caught.value.message  # names the request that timed out
    assert len(server.requests) == 2
    await assert_still_usable(client, mode, server)


# --- storms ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_503_storm_exhausts_the_retries(
    client: ModelGates, server: LocalServer, pacer: FakePacer, mode: str
) -> None:
    server.enqueue_faults(["503;retry-after=1"] * 5)
    with pytest.raises(errors.ServiceUnavailableResponseError) as caught:
        await call(client, mode)  # the default policy: at most 4 retries
    assert caught.value.status_code == 503
    assert caught.value.headers["retry-after"] == "1"
    assert caught.value.data is not None
    assert len(server.requests) == 5
    assert pacer.sleeps == [1.0, 1.0, 1.0, 1.0]  # Retry-After honoured, not the backoff
    await assert_still_usable(client, mode, server)


@pytest.mark.parametrize(
    "storm", [["503;retry-after=1"] * 3, ["429;retry-after-ms=250", "503;retry-after=2", "529"]], ids=["503x3", "mixed"]
)
@pytest.mark.parametrize("mode", MODES)
async def test_storm_that_clears_succeeds(
    client: ModelGates, server: LocalServer, pacer: FakePacer, mode: str, storm: list[str]
) -> None:
    server.enqueue_faults([*storm, None])
    answer = await call(client, mode)
    assert answer == PARIS if mode.startswith("chat") else len(answer) > 1000
    assert len(server.requests) == len(storm) + 1
    expected = [1.0, 1.0, 1.0] if storm[0].startswith("503") else [0.25, 2.0, 2.0]  # 529: backoff 0.5*2**2
    assert pacer.sleeps == expected
    assert_no_leak(client)


# --- redirects --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def _other_host() -> Any:
    with LocalServer(host="127.0.0.2") as other:
        yield other


@pytest.mark.parametrize("status", [307, 308])
@pytest.mark.parametrize("mode", ["chat", "chat-async", "speech"])
async def test_redirect_to_another_host_is_not_followed(
    scripted: Script, _other_host: LocalServer, status: int, mode: str
) -> None:
    _other_host.clear()
    target = _other_host.url

    def redirect(request: Request) -> Response:
        return Response(status=status, headers={"Location": target + request.path.removeprefix("/api/v1")})

    scripted.respond = redirect
    async with ModelGates(api_key=API_KEY, server_url=scripted.url) as sdk:  # its own clients follow redirects
        with pytest.raises(errors.ModelGatesDefaultError, match="not followed") as caught:
            await call(sdk, mode)
        # Issue 12: only a same-origin redirect is followed; the other host sees nothing (key, body).
        assert caught.value.status_code == status
        (origin_request,) = scripted.seen
        assert origin_request.headers["authorization"] == f"Bearer {API_KEY}"
        assert _other_host.requests == []
        assert busy_connections(sdk._core._client) == []
        assert busy_connections(sdk._core._async_client) == []
