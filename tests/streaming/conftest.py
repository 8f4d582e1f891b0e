"""A scripted loopback HTTP/1.1 server for the streaming tests.

pytest-httpserver cannot cut a connection mid-body or fix where chunk boundaries fall; this
server (``tests._rawserver.RawServer``) can. Each test sets ``server.handler(request, conn)``; the
handler writes the raw response bytes and returns True to keep the connection open for the next
request (keep-alive makes the many-split-point tests fast: one connection, hundreds of requests).
"""

from __future__ import annotations

import socket
from collections.abc import Iterable, Iterator

import httpx
import pytest
from modelgates import ModelGates, RetryConfig

from tests._rawserver import RawServer
from tests._support import LOOPBACK_TLS


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


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(base_path="") as raw:
        yield raw


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
    http = httpx.Client(verify=LOOPBACK_TLS, limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(10, pool=2))
    with http, make_client(server, client=http) as sdk:
        yield sdk


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
