"""``LocalServer``: a ModelGates-compatible HTTP server on a thread, and ``serve`` for the CLI."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from http.server import ThreadingHTTPServer
from types import FrameType, TracebackType
from typing import Any

from ._handler import Handler
from ._state import RecordedRequest, ServerState
from ._validation import SpecValidator

__all__ = ["LocalServer", "serve"]

_POLL_SECONDS = 0.05  # how soon the accept loop notices stop()
_JOIN_SECONDS = 5.0


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # listen backlog: hundreds of clients may connect at the same instant

    def __init__(self, address: tuple[str, int], state: ServerState) -> None:
        self.state = state
        self._connection_threads: set[threading.Thread] = set()
        self._threads_lock = threading.Lock()
        super().__init__(address, Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        # Our own thread bookkeeping (ThreadingMixIn keeps none for daemon threads) so stop() can join.
        thread = threading.Thread(
            target=self._serve_connection, args=(request, client_address), name="modelgates-local-conn", daemon=True
        )
        with self._threads_lock:
            self._connection_threads.add(thread)
        thread.start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._threads_lock:
                self._connection_threads.discard(threading.current_thread())

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return  # peers hang up, reset and time out: that is their right, not a server bug
        super().handle_error(request, client_address)

    def join_connections(self, deadline: float) -> None:
        with self._threads_lock:
            threads = list(self._connection_threads)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))


class LocalServer:
    """A ModelGates-compatible server on loopback, for tests, demos and benchmarks.

    ::

        with LocalServer() as server:
            client = ModelGates(api_key=server.api_key, server_url=server.url)

    ``api_key=None`` accepts any non-empty bearer key. ``validate=False`` skips the spec check of
    requests (the server then only needs a JSON object body).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = "test-key",
        validate: bool = True,
        *,
        validator: SpecValidator | None = None,
        log_requests: bool = False,
    ) -> None:
        self.host = host
        self._requested_port = port
        self.api_key = api_key
        self._state = ServerState(
            api_key=api_key,
            validate=validate,
            validator=validator or SpecValidator.default(),
            log_requests=log_requests,
        )
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lifecycle = threading.Lock()
        self._stopped = False

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> LocalServer:
        """Bind and start serving on a background thread (no-op when already running)."""
        with self._lifecycle:
            if self._stopped:
                raise RuntimeError("a stopped LocalServer cannot be restarted; create a new one")
            if self._httpd is None:
                self._httpd = _HTTPServer((self.host, self._requested_port), self._state)
                self._thread = threading.Thread(
                    target=self._httpd.serve_forever, args=(_POLL_SECONDS,), name="modelgates-local", daemon=True
                )
                self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, hang up every connection, release the port. Idempotent and bounded in time."""
        with self._lifecycle:
            if self._stopped:
                return
            self._stopped = True
            httpd, thread = self._httpd, self._thread
        if httpd is None or thread is None:
            return
        deadline = time.monotonic() + _JOIN_SECONDS
        self._state.stopping.set()  # ends stalls early
        httpd.shutdown()
        thread.join(max(0.0, deadline - time.monotonic()))
        self._state.hang_up_all()
        httpd.join_connections(deadline)
        httpd.server_close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    # --- where -------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("LocalServer is not started")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Base URL of the API, e.g. ``http://127.0.0.1:54321/api/v1``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{self._state.base_path}"

    # --- what happened -----------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of the requests received so far, oldest first."""
        return self._state.requests()

    def clear(self) -> None:
        """Forget the recorded requests and any faults still queued."""
        self._state.clear()

    def enqueue_faults(self, faults: Iterable[str | None]) -> None:
        """Script the next requests: one fault spec (or ``None`` for a normal answer) per request."""
        self._state.enqueue_faults(faults)


@contextlib.contextmanager
def _termination_as_interrupt() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be installed from the main thread
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def serve(
    host: str = "127.0.0.1",
    port: int = 8080,
    api_key: str | None = "test-key",
    *,
    validate: bool = True,
    log_requests: bool = False,
    stop_event: threading.Event | None = None,
) -> None:
    """Run a ``LocalServer`` in the foreground until Ctrl-C, SIGTERM or ``stop_event``; print its URL first."""
    done = stop_event or threading.Event()
    server = LocalServer(host, port, api_key, validate, log_requests=log_requests)
    with _termination_as_interrupt():
        try:
            server.start()
            key = f"API key {api_key!r}" if api_key is not None else "any API key"
            print(f"ModelGates local server on {server.url} ({key}); Ctrl-C to stop", flush=True)
            while not done.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
            print("ModelGates local server stopped", flush=True)
