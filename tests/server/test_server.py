"""The server itself: envelopes, bookkeeping, lifecycle, load, and the ``serve`` entry point."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest
from modelgates.testing import LocalServer, SpecValidator, serve

from tests._support import LOOPBACK_TLS

from .conftest import CHAT_OP, SEED_CHAT, SEED_SPEECH, SPEECH_OP


def _open_fds() -> int | None:
    return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None


def _settle(check: object, deadline_seconds: float = 5.0) -> None:
    # Connection threads finish a moment after the client sees the last byte.
    deadline = time.monotonic() + deadline_seconds
    while not check() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.01)


def test_url_and_keepalive(server: LocalServer, client: httpx.Client) -> None:
    assert server.url == f"http://127.0.0.1:{server.port}/api/v1"
    ids = [client.post("/chat/completions", json=SEED_CHAT).headers["x-generation-id"] for _ in range(3)]
    assert ids == ["gen-1", "gen-2", "gen-3"]


def test_401_envelopes(server: LocalServer, validator: SpecValidator) -> None:
    with httpx.Client(verify=LOOPBACK_TLS, base_url=server.url) as http:
        missing = http.post("/chat/completions", json=SEED_CHAT)
        wrong = http.post("/audio/speech", json=SEED_SPEECH, headers={"Authorization": "Bearer nope"})
        malformed = http.post("/audio/speech", json=SEED_SPEECH, headers={"Authorization": "Token test-key"})
    for response, operation in ((missing, CHAT_OP), (wrong, SPEECH_OP), (malformed, SPEECH_OP)):
        assert response.status_code == 401
        body = response.json()
        assert body["error"]["code"] == 401
        assert body["user_id"] is None
        assert validator.validate_response_body(operation, 401, response.headers["content-type"], body) == []
    assert missing.json()["error"]["message"] == "No auth credentials found"
    assert wrong.json()["error"]["message"] == "Invalid API key"


def test_404_envelopes(client: httpx.Client, validator: SpecValidator) -> None:
    for method, url in (("GET", "/no-such-route"), ("GET", "/chat/completions"), ("POST", "http://x/elsewhere")):
        response = client.request(method, url.replace("http://x", str(client.base_url).split("/api")[0]))
        assert response.status_code == 404
        body = response.json()
        assert body["error"]["code"] == 404
        assert validator.validate_response_body(CHAT_OP, 404, "application/json", body) == []
    head = client.head("/no-such-route")
    assert head.status_code == 404
    assert head.content == b""
    assert client.post("/chat/completions", json=SEED_CHAT).status_code == 200  # the connection is still in sync


def test_any_operation_of_the_spec_gets_an_answer_valid_against_the_spec(
    client: httpx.Client, validator: SpecValidator
) -> None:
    response = client.get("/credits", headers={"Authorization": "Bearer test-key"})
    assert response.status_code == 200
    assert validator.validate_response_body("getCredits", 200, response.headers["content-type"], response.json()) == []
    assert response.json()["data"]["total_credits"] == 100.5  # the spec's own example
    concrete = client.get("/videos/models", headers={"Authorization": "Bearer test-key"})
    assert validator.validate_response_body("listVideosModels", 200, "application/json", concrete.json()) == []
    bad = client.post("/embeddings", headers={"Authorization": "Bearer test-key"}, json={"input": 5})
    assert bad.status_code == 400  # requests are validated for every operation
    assert "violations" in bad.json()["error"]["metadata"]


def test_400_envelope_lists_violations(client: httpx.Client, validator: SpecValidator) -> None:
    response = client.post("/chat/completions", json={**SEED_CHAT, "foo": 1, "temperature": 9})
    assert response.status_code == 400
    body = response.json()
    assert validator.validate_response_body(CHAT_OP, 400, "application/json", body) == []
    violations = body["error"]["metadata"]["violations"]
    assert len(violations) == 2
    assert body["error"]["message"] == f"Invalid request: {violations[0]} (and 1 more)"
    not_json = client.post("/audio/speech", content=b"{", headers={"Content-Type": "application/json"})
    assert not_json.status_code == 400
    assert not_json.json()["error"]["message"].startswith("Invalid request: request body is not valid JSON")
    no_body = client.post("/audio/speech")
    assert no_body.status_code == 400


def test_without_validation_and_with_any_key() -> None:
    with LocalServer(api_key=None, validate=False) as server:
        with httpx.Client(
            verify=LOOPBACK_TLS, base_url=server.url, headers={"Authorization": "Bearer whatever"}
        ) as http:
            loose = http.post("/chat/completions", json={"messages": [{"role": "user", "content": "hi"}], "foo": 1})
            assert loose.status_code == 200
            assert http.post("/chat/completions", content=b"[1]").status_code == 400
            assert http.post("/chat/completions", content=b"{").status_code == 400
        with httpx.Client(verify=LOOPBACK_TLS, base_url=server.url) as anonymous:
            assert anonymous.post("/chat/completions", json=SEED_CHAT).status_code == 401


def test_requests_are_recorded_and_cleared(server: LocalServer, client: httpx.Client) -> None:
    client.post("/chat/completions", json=SEED_CHAT, headers={"X-Custom": "1"}, params={"q": "v"})
    (recorded,) = server.requests
    assert recorded.method == "POST"
    assert recorded.path == "/api/v1/chat/completions?q=v"
    assert recorded.headers["x-custom"] == "1"
    assert recorded.headers["authorization"] == "Bearer test-key"
    assert recorded.json() == SEED_CHAT
    server.clear()
    assert server.requests == []


def test_chunked_request_body(client: httpx.Client) -> None:
    payload = json.dumps(SEED_CHAT).encode()
    pieces = iter([payload[:10], payload[10:]])
    response = client.post("/chat/completions", content=pieces, headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == "The capital of France is Paris."


def test_http_10_stream_is_close_delimited(server: LocalServer) -> None:
    body = json.dumps({**SEED_CHAT, "stream": True}).encode()
    request = (
        b"POST /api/v1/chat/completions HTTP/1.0\r\nHost: x\r\nAuthorization: Bearer test-key\r\n"
        b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%b" % (len(body), body)
    )
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as raw:
        raw.sendall(request)
        received = b""
        while chunk := raw.recv(65536):
            received += chunk
    head, _, rest = received.partition(b"\r\n\r\n")
    assert b"Transfer-Encoding" not in head
    assert b"Connection: close" in head
    assert rest.endswith(b"data: [DONE]\n\n")


def test_stop_is_idempotent_and_releases_the_port() -> None:
    server = LocalServer()
    with pytest.raises(RuntimeError, match="not started"):
        _ = server.url
    server.start()
    assert server.start() is server
    port = server.port
    with httpx.Client(verify=LOOPBACK_TLS, base_url=server.url, headers={"Authorization": "Bearer test-key"}) as http:
        assert http.post("/chat/completions", json=SEED_CHAT).status_code == 200  # leaves an idle keep-alive
        server.stop()  # returns although a keep-alive connection is idle (the pytest timeout is the net)
        server.stop()
        with pytest.raises(httpx.TransportError):
            http.post("/chat/completions", json=SEED_CHAT)
    with pytest.raises(RuntimeError, match="cannot be restarted"):
        server.start()
    # The port is free again: we can bind it ourselves, and a new server can take it.
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # closed connections may sit in TIME_WAIT
        probe.bind(("127.0.0.1", port))
    with LocalServer(port=port) as again:
        assert again.port == port
    LocalServer().stop()  # never started: nothing to do


def test_many_sequential_requests_do_not_leak() -> None:
    with LocalServer() as server:
        with httpx.Client(
            verify=LOOPBACK_TLS, base_url=server.url, headers={"Authorization": "Bearer test-key"}
        ) as http:
            http.post("/chat/completions", json=SEED_CHAT)
            threads, fds = threading.active_count(), _open_fds()
            for _ in range(500):
                assert http.post("/chat/completions", json=SEED_CHAT).status_code == 200
            for _ in range(100):  # a new connection each time
                closing = http.post("/audio/speech", json=SEED_SPEECH, headers={"Connection": "close"})
                assert closing.status_code == 200
            _settle(lambda: threading.active_count() <= threads)
            assert threading.active_count() <= threads
            if fds is not None:
                _settle(lambda: (_open_fds() or 0) <= fds)
                assert (_open_fds() or 0) <= fds
        assert len(server.requests) == 601


async def _keepalive_client(port: int, rounds: int, extra_header: bytes = b"") -> list[int]:
    """One connection, ``rounds`` requests on it; the statuses seen.

    Raw asyncio streams rather than httpx.AsyncClient: httpcore's pool rescans every connection
    on every event, which alone takes seconds at 500 connections and would measure the client.
    """
    body = json.dumps(SEED_CHAT).encode()
    request = (
        b"POST /api/v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-key\r\n"
        b"Content-Type: application/json\r\n%bContent-Length: %d\r\n\r\n%b" % (extra_header, len(body), body)
    )
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    statuses = []
    try:
        for _ in range(rounds):
            writer.write(request)
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
            statuses.append(int(head.split(" ", 2)[1]))
            length = next(
                int(line.split(":")[1]) for line in head.split("\r\n") if line.lower().startswith("content-length")
            )
            assert json.loads(await reader.readexactly(length))["object"] == "chat.completion"
    finally:
        writer.close()
        await writer.wait_closed()
    return statuses


def test_500_concurrent_keepalive_connections() -> None:
    async def main(port: int) -> list[list[int]]:
        # The stall keeps all 500 first requests in flight at once; two more follow on each connection.
        stall = b"X-ModelGates-Fault: stall=0.2\r\n"
        return await asyncio.gather(*(_keepalive_client(port, 3, stall) for _ in range(500)))

    with LocalServer() as server:
        baseline = threading.active_count()
        results = asyncio.run(main(server.port))
        assert results == [[200, 200, 200]] * 500
        assert len(server.requests) == 1500
        _settle(lambda: threading.active_count() <= baseline)
        assert threading.active_count() <= baseline


def test_async_httpx_client_with_keepalive(server: LocalServer) -> None:
    async def main() -> list[int]:
        headers = {"Authorization": "Bearer test-key"}
        async with httpx.AsyncClient(verify=LOOPBACK_TLS, base_url=server.url, headers=headers, timeout=10) as http:
            responses = await asyncio.gather(*(http.post("/chat/completions", json=SEED_CHAT) for _ in range(50)))
            return [response.status_code for response in responses]

    assert asyncio.run(main()) == [200] * 50


def test_serve_in_a_thread_until_the_event(capsys: pytest.CaptureFixture[str]) -> None:
    done = threading.Event()
    thread = threading.Thread(target=serve, kwargs={"port": 0, "api_key": None, "stop_event": done})
    printed: list[str] = []
    thread.start()
    try:
        _settle(lambda: printed.append(capsys.readouterr().out) or "http://" in "".join(printed))
    finally:
        done.set()
        thread.join(10)
    assert not thread.is_alive()
    printed.append(capsys.readouterr().out)
    assert "ModelGates local server on http://127.0.0.1:" in printed[0] + printed[-1] or "any API key" in "".join(
        printed
    )
    assert "(any API key)" in "".join(printed)
    assert "stopped" in "".join(printed)


def test_serve_prints_the_url_and_stops_on_sigterm() -> None:
    code = "from modelgates.testing import serve; serve(port=0, api_key='k')"
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "API key 'k'" in line
        url = line.split(" on ", 1)[1].split(" ", 1)[0]
        with httpx.Client(verify=LOOPBACK_TLS, base_url=url, headers={"Authorization": "Bearer k"}) as http:
            assert http.post("/chat/completions", json=SEED_CHAT).status_code == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(10) == 0
        assert "stopped" in process.stdout.read()


def _raw_exchange(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        raw.sendall(request)
        received = b""
        while chunk := raw.recv(65536):
            received += chunk
    return received


@pytest.mark.parametrize(
    ("framing", "status"),
    [
        (b"Content-Length: nope\r\n\r\n", b"400"),
        (b"Content-Length: 999999999\r\n\r\n", b"413"),
        (b"Transfer-Encoding: chunked\r\n\r\nzz\r\n", b"400"),
        (b"Transfer-Encoding: chunked\r\n\r\n4000000\r\n", b"413"),
    ],
)
def test_broken_request_framing_is_answered_and_closed(server: LocalServer, framing: bytes, status: bytes) -> None:
    head = b"POST /api/v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-key\r\n"
    received = _raw_exchange(server.port, head + framing)
    assert received.startswith(b"HTTP/1.1 " + status)
    assert b"Connection: close" in received


def test_chunked_body_with_trailers(server: LocalServer) -> None:
    body = json.dumps(SEED_CHAT).encode()
    request = (
        b"POST /api/v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-key\r\n"
        b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        b"%x\r\n%b\r\n0\r\nX-Trailer: 1\r\n\r\n" % (len(body), body)
    )
    assert _raw_exchange(server.port, request).startswith(b"HTTP/1.1 200 OK")


def test_request_log(capsys: pytest.CaptureFixture[str]) -> None:
    with LocalServer(log_requests=True) as server, httpx.Client(verify=LOOPBACK_TLS, base_url=server.url) as http:
        http.post("/chat/completions", json=SEED_CHAT)
    assert '"POST /api/v1/chat/completions HTTP/1.1" 200' in capsys.readouterr().err
