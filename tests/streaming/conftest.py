"""A scripted loopback HTTP/1.1 server for the streaming tests.

pytest-httpserver cannot cut a connection mid-body or fix where chunk boundaries fall; this
server can. Each test sets ``server.handler(request, conn)``; the handler writes the raw response
bytes and returns True to keep the connection open for the next request (keep-alive makes the
many-split-point tests fast: one connection, hundreds of requests).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import httpx
import pytest
from modelgates import ModelGates, RetryConfig


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Handler = Callable[[Request, socket.socket], bool]


def _read_request(conn: socket.socket, buffer: bytearray) -> Request | None:
    while b"\r\n\r\n" not in buffer:
        data = conn.recv(65536)
        if not data:
            return None
        buffer += data
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    size = int(headers.get("content-length", "0"))
    body = bytearray(rest)
    while len(body) < size:
        data = conn.recv(65536)
        if not data:
            return None
        body += data
    buffer[:] = body[size:]
    return Request(method, path, headers, bytes(body[:size]))


class RawServer:
    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.handler: Handler = lambda request, conn: False
        self.requests: list[Request] = []
        self.errors: list[BaseException] = []
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._accepter = threading.Thread(target=self._accept, daemon=True)
        self._accepter.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._conns.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = bytearray()
        try:
            while True:
                request = _read_request(conn, buffer)
                if request is None:
                    return
                self.requests.append(request)
                if not self.handler(request, conn):
                    return
        except OSError:
            pass  # the client went away: expected in the early-close tests
        except BaseException as exc:  # a broken handler must fail the test, not hide in a thread
            self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() (close alone does not)
        self._listener.close()
        self._accepter.join(5)
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(5)
        if self.errors:
            raise self.errors[0]


def chunked(status: int, headers: dict[str, str], pieces: Iterable[bytes]) -> bytes:
    """A complete chunked response; each piece is one HTTP chunk (so one read on the client)."""
    head = [f"HTTP/1.1 {status} OK", "Transfer-Encoding: chunked"]
    head += [f"{name}: {value}" for name, value in headers.items()]
    out = bytearray(("\r\n".join(head) + "\r\n\r\n").encode())
    for piece in pieces:
        if piece:
            out += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    return bytes(out + b"0\r\n\r\n")


def send_chunks(conn: socket.socket, status: int, headers: dict[str, str], pieces: Iterable[bytes]) -> None:
    """Like ``chunked`` but one ``sendall`` per chunk (pieces that arrive over time)."""
    head = [f"HTTP/1.1 {status} OK", "Transfer-Encoding: chunked"]
    head += [f"{name}: {value}" for name, value in headers.items()]
    conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
    for piece in pieces:
        if piece:
            conn.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")


def fixed(status: int, headers: dict[str, str], body: bytes, *, content_length: int | None = None) -> bytes:
    head = [f"HTTP/1.1 {status} OK", f"Content-Length: {len(body) if content_length is None else content_length}"]
    head += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def wait_for_close(conn: socket.socket, timeout: float = 10) -> bool:
    """Block until the client closes its end; True if it did within ``timeout``."""
    conn.settimeout(timeout)
    try:
        while conn.recv(65536):
            pass
    except TimeoutError:
        return False
    except OSError:
        pass
    return True


@pytest.fixture
def server() -> Iterator[RawServer]:
    raw = RawServer()
    try:
        yield raw
    finally:
        raw.close()


def make_client(server: RawServer, **kwargs: object) -> ModelGates:
    return ModelGates(
        api_key="test-key",
        server_url=server.url,
        retry_config=RetryConfig("none", None, False),
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def client(server: RawServer) -> Iterator[ModelGates]:
    with make_client(server) as sdk:
        yield sdk


@pytest.fixture
def one_connection_client(server: RawServer) -> Iterator[ModelGates]:
    """A client whose pool holds one connection and waits 2 s for it: a leaked one shows as PoolTimeout."""
    http = httpx.Client(limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(10, pool=2))
    with http, make_client(server, client=http) as sdk:
        yield sdk


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
