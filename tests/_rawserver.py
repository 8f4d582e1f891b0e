"""A scripted loopback HTTP/1.1 server on raw sockets, for what no HTTP server library does on purpose.

It can cut a connection mid-body, reset it, never answer, or fix where chunk boundaries fall.
``RawServer(handler)`` reads each request (head and ``Content-Length`` body) and calls
``handler(request, conn)``; the handler writes the raw response bytes (or nothing) and returns True
to keep the connection open for the next request (keep-alive: one connection, many requests).
Every request that arrived is in ``requests``, every accepted connection in ``connections``.
An exception raised by a handler is re-raised by ``close()``, so it fails the test.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

BASE_PATH = "/api/v1"  # the API's base path: the SDK's server URLs end with it


@dataclass(frozen=True)
class WireRequest:
    method: str
    path: str  # as sent, with any base path and query
    headers: dict[str, str]  # names lower-cased
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


RawHandler = Callable[[WireRequest, socket.socket], bool]  # returns whether to keep the connection


def read_request(conn: socket.socket, buffer: bytearray) -> WireRequest | None:
    """The next request on ``conn`` (``buffer`` keeps what was read past it); None if the client closed."""
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
    return WireRequest(method, path, headers, bytes(body[:size]))


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


class RawServer:
    """A loopback HTTP/1.1 server whose ``handler`` writes raw bytes (or nothing) per request.

    ``url`` is ``http://127.0.0.1:<port>`` followed by ``base_path``. The default handler closes the
    connection without answering; ``handler`` may be replaced while the server runs.
    """

    def __init__(self, handler: RawHandler | None = None, *, base_path: str = BASE_PATH) -> None:
        self.handler: RawHandler = handler if handler is not None else lambda request, conn: False
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}{base_path}"
        self.requests: list[WireRequest] = []
        self.connections: list[socket.socket] = []
        self.errors: list[BaseException] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._accepter = threading.Thread(target=self._accept, daemon=True)
        self._accepter.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            with self._lock:
                self.connections.append(conn)
                self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = bytearray()
        try:
            while True:
                request = read_request(conn, buffer)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                if not self.handler(request, conn):
                    return
        except OSError:
            pass  # the client went away or was reset: what the early-close and fault tests are about
        except BaseException as exc:  # a broken handler must fail the test, not hide in a thread
            self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                conn.close()

    def close(self) -> None:
        """Stop accepting, end every connection, join every thread; re-raise a handler's error."""
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() (close alone does not)
        self._listener.close()
        self._accepter.join(5)
        with self._lock:
            conns, threads = list(self.connections), list(self._threads)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(5)
        if self.errors:
            raise self.errors[0]

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def refused_url(base_path: str = BASE_PATH) -> str:
    """A loopback URL on which nothing listens (connections are refused)."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}{base_path}"
