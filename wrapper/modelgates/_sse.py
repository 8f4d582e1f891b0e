"""A WHATWG server-sent-events parser that works on bytes (sans I/O).

Why not ``httpx_sse``: version 0.4.3 decodes with the charset of the Content-Type (the spec says
always UTF-8), keeps a leading UTF-8 BOM so the first event's field name becomes ``"\\ufeffdata"``
and that event is lost, and dispatches events that carry no data. Working on bytes also makes
chunk boundaries harmless: lines end at ASCII CR/LF bytes, which never occur inside a UTF-8
multibyte sequence, so each complete line is decoded whole.

Spec: https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._exceptions import ResponseTooLargeError

__all__ = ["SSEDecoder", "ServerSentEvent"]

_BOM = b"\xef\xbb\xbf"
_END_OF_LINE = re.compile(rb"\r\n|\r|\n")


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__, which
# was a sixth of the framing time per event.
@dataclass(slots=True)
class ServerSentEvent:
    """One dispatched event: ``data`` lines joined with ``\\n``; ``event`` defaults to ``message``."""

    data: str
    event: str = "message"
    id: str = ""
    retry: int | None = None


class SSEDecoder:
    """Feed body bytes in any pieces; get back the events they complete.

    At end of stream an event without its terminating blank line is discarded, as the spec
    says; ``has_pending`` tells whether something was left unfinished.
    """

    def __init__(self, max_bytes: int | None = None) -> None:
        # The largest line, and the largest event (its data lines together): a server that never
        # sends a line end must not grow the buffer without bound.
        self._max_bytes = max_bytes
        self._event_size = 0
        self._buffer = bytearray()
        self._at_start = True  # the BOM may only appear before the first byte of the stream
        self._skip_lf = False  # a CR ended the previous piece: an LF starting this one is its pair
        self._scanned = 0  # bytes at the start of the buffer already searched for a line end
        self._data: list[str] = []
        self._event = ""
        self._last_id = ""
        self._retry: int | None = None

    @property
    def has_pending(self) -> bool:
        return bool(self._buffer or self._data or self._event)

    def feed(self, data: bytes) -> list[ServerSentEvent]:
        if not data:
            return []
        buffer = self._buffer
        buffer += data
        if self._at_start:
            if len(buffer) < len(_BOM) and _BOM.startswith(buffer):
                return []  # could still be a BOM split across pieces
            if buffer.startswith(_BOM):
                del buffer[: len(_BOM)]
            self._at_start = False
        # What was left from the last piece holds no line end: only the new bytes can hold a CR.
        events = self._split_any(buffer) if b"\r" in data or self._skip_lf else self._split_lf(buffer)
        if self._max_bytes is not None and len(buffer) + self._event_size > self._max_bytes:
            raise self._too_large()
        return events

    def _split_lf(self, buffer: bytearray) -> list[ServerSentEvent]:
        """Lines ended by LF only (what servers send): split in C, data lines handled inline."""
        end = buffer.rfind(b"\n", self._scanned)
        if end < 0:
            self._scanned = len(buffer)
            return []
        lines = buffer[:end].split(b"\n")
        del buffer[: end + 1]
        self._scanned = len(buffer)
        events: list[ServerSentEvent] = []
        data = self._data
        limit = self._max_bytes
        for raw in lines:
            if raw[:5] == b"data:":
                data.append(raw[6 if raw[5:6] == b" " else 5 :].decode("utf-8", errors="replace"))
                if limit is not None:
                    self._event_size += len(raw)
                    if self._event_size > limit:
                        raise self._too_large()
            elif raw:
                self._line(bytes(raw))
            else:
                event = self._dispatch()
                if event is not None:
                    events.append(event)
                data = self._data
        return events

    def _split_any(self, buffer: bytearray) -> list[ServerSentEvent]:
        """Lines ended by CRLF, CR or LF, a CR possibly at the end of the previous piece."""
        position = 0
        if self._skip_lf and buffer[:1] == b"\n":
            position = 1
        self._skip_lf = False
        events: list[ServerSentEvent] = []
        # Search only the new bytes: a long event (a base64 image) arriving in small pieces would
        # otherwise be rescanned from its start on every piece, quadratic in its size.
        for match in _END_OF_LINE.finditer(buffer, max(position, self._scanned)):
            event = self._line(bytes(buffer[position : match.start()]))
            position = match.end()
            if event is not None:
                events.append(event)
            # A lone CR at the very end dispatches now (no waiting for more bytes), but the
            # LF that may follow in the next piece must not count as a second line end.
            self._skip_lf = match.group() == b"\r" and position == len(buffer)
        del buffer[:position]
        self._scanned = len(buffer)  # what is left holds no line end
        return events

    def _too_large(self) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"a server-sent event (or one line of it) is larger than {self._max_bytes} bytes; nothing more was "
            "read. To accept more, pass ModelGates(limits=Limits(max_event_bytes=...))",
            body="",
            raw_response=None,
        )

    def _line(self, raw: bytes) -> ServerSentEvent | None:
        line = raw.decode("utf-8", errors="replace")
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # comment, e.g. the ": OPENROUTER PROCESSING" keep-alive
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
            self._event_size += len(raw)
            if self._max_bytes is not None and self._event_size > self._max_bytes:
                raise self._too_large()
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None  # unknown fields are ignored

    def _dispatch(self) -> ServerSentEvent | None:
        data = self._data
        event: ServerSentEvent | None = None
        if data:
            joined = data[0] if len(data) == 1 else "\n".join(data)
            event = ServerSentEvent(joined, self._event or "message", self._last_id, self._retry)
            self._data = []
        self._event, self._retry, self._event_size = "", None, 0
        return event
