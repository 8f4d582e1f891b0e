"""Bytes on the socket: status lines, whole and chunked bodies, and the deliberate ways to break them."""

from __future__ import annotations

import contextlib
import http
import io
import json
import socket
import struct
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["ResponseWriter", "error_envelope", "reason_phrase"]

_COALESCE = 16 * 1024


def error_envelope(code: int, message: str, metadata: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The gateway's error body (``BadRequestResponse`` and its siblings in the spec)."""
    return {"error": {"code": code, "message": message, "metadata": metadata}, "user_id": None}


def reason_phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return {524: "A Timeout Occurred", 529: "Site Overloaded"}.get(status, "Unknown")


class ResponseWriter:
    """Writes one response; ``chunked`` is False for HTTP/1.0 peers, which get close-delimited bodies."""

    def __init__(self, out: io.BufferedIOBase, connection: socket.socket, *, chunked: bool, head_only: bool) -> None:
        self._out = out
        self._connection = connection
        self._chunked = chunked
        self._head_only = head_only
        self.must_close = False

    def head(self, status: int, headers: Iterable[tuple[str, str]], body: bytes = b"") -> None:
        """Status line and headers, plus a small body in the same write (one packet, no Nagle delay)."""
        lines = [f"HTTP/1.1 {status} {reason_phrase(status)}"]
        lines += [f"{name}: {value}" for name, value in headers]
        if self.must_close:
            lines.append("Connection: close")
        payload = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self._out.write(payload if self._head_only else payload + body)

    def json(self, status: int, document: Any, headers: Iterable[tuple[str, str]] = ()) -> None:
        body = json.dumps(document, separators=(",", ":")).encode()
        self.whole(status, "application/json", body, headers)

    def whole(self, status: int, content_type: str, body: bytes, headers: Iterable[tuple[str, str]] = ()) -> None:
        fields = [("Content-Type", content_type), ("Content-Length", str(len(body))), *headers]
        self.head(status, fields, body)

    def start_stream(self, status: int, content_type: str, headers: Iterable[tuple[str, str]] = ()) -> None:
        if not self._chunked:
            self.must_close = True  # an HTTP/1.0 body without a length ends when the connection does
        framing = [("Transfer-Encoding", "chunked")] if self._chunked else []
        self.head(status, [("Content-Type", content_type), *framing, *headers])

    def send(self, data: bytes) -> None:
        """One chunk of a streamed body, written (and so flushed) at once."""
        if not data or self._head_only:
            return
        if self._chunked:
            self._out.write(b"%x\r\n%b\r\n" % (len(data), data))
        else:
            self._out.write(data)

    def send_many(self, pieces: Iterable[bytes]) -> None:
        """Pieces coalesced into writes of about 16 KiB: for bulk streams where latency does not matter."""
        batch: list[bytes] = []
        size = 0
        for piece in pieces:
            batch.append(piece)
            size += len(piece)
            if size >= _COALESCE:
                self.send(b"".join(batch))
                batch, size = [], 0
        self.send(b"".join(batch))

    def raw(self, data: bytes) -> None:
        """Body bytes of a response with a Content-Length."""
        if not self._head_only:
            self._out.write(data)

    def end_stream(self) -> None:
        if self._chunked and not self._head_only:
            self._out.write(b"0\r\n\r\n")

    def cut(self) -> None:
        """Close after what was sent: the peer sees a body that ends early."""
        self.must_close = True
        with contextlib.suppress(OSError):
            self._connection.shutdown(socket.SHUT_RDWR)

    def reset(self, rfile: io.BufferedIOBase) -> None:
        """Abort with a TCP RST (linger 0), before any response byte."""
        self.must_close = True
        self._connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        rfile.close()  # the read file holds a reference that would keep the descriptor open
        self._connection.close()
