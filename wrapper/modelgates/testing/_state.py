"""What a local server's connection threads share: settings, the request log, the fault queue."""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._faults import Fault, parse_fault
from ._validation import SpecValidator

__all__ = ["RecordedRequest", "ServerState"]


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the server received it; header names are lower-case."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class ServerState:
    api_key: str | None
    validate: bool
    validator: SpecValidator
    log_requests: bool = False
    base_path: str = "/api/v1"
    stopping: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _requests: list[RecordedRequest] = field(default_factory=list)
    _faults: deque[Fault | None] = field(default_factory=deque)
    _connections: set[socket.socket] = field(default_factory=set)
    _generations: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def next_generation_id(self) -> str:
        with self._lock:
            return f"gen-{next(self._generations)}"

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()
            self._faults.clear()

    def enqueue_faults(self, specs: Iterable[str | None]) -> None:
        parsed = [None if spec is None else parse_fault(spec) for spec in specs]  # bad specs fail here, not later
        with self._lock:
            self._faults.extend(parsed)

    def next_queued_fault(self) -> Fault | None:
        with self._lock:
            return self._faults.popleft() if self._faults else None

    def track(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.add(connection)
        if self.stopping.is_set():
            _hang_up(connection)

    def untrack(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.discard(connection)

    def hang_up_all(self) -> None:
        """Wake every connection thread blocked on a read; each then closes its own socket."""
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            _hang_up(connection)


def _hang_up(connection: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed by its own thread
        connection.shutdown(socket.SHUT_RDWR)
