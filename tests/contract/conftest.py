"""The contract suite's fixtures: every request the SDK sends is held to openapi.yaml.

``contract`` (autouse) collects the requests that reached any server a test used (the loopback
``LocalServer``, the scripted pytest-httpserver, raw sockets) and validates each one against the
spec with ``modelgates.testing.SpecValidator`` (jsonschema, Draft 2020-12): method, path, the
required ``Authorization`` header, the content type and the JSON body. The request schemas are
read strictly: an object schema that does not say ``additionalProperties`` gets ``false`` (see
``strict_request_spec``), so a field the spec does not declare is a violation too. Any violation
fails the test at teardown, whatever the test itself asserted.

Nothing of the SDK is mocked: requests travel over real sockets; only the retry loop's sleep is
replaced (``NoWaitPacer``), so that retry rows do not wait.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from modelgates import ModelGates
from modelgates._retry import BackoffStrategy, Pacer, RetryConfig
from modelgates.testing import LocalServer, SpecValidator, load_spec
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

API_KEY = "test-key"  # the LocalServer's default key
BASE_PATH = "/api/v1"
CHAT = f"{BASE_PATH}/chat/completions"
SPEECH = f"{BASE_PATH}/audio/speech"
CHAT_OP = "send-chat-completion-request"
SPEECH_OP = "create-audio-speech"
FAST_BACKOFF = BackoffStrategy(initial_interval=100, max_interval=2_000, exponent=2.0, max_elapsed_time=60_000)


def retries(max_retries: int = 2, *, connection: bool = True) -> RetryConfig:
    return RetryConfig("backoff", FAST_BACKOFF, connection, max_retries=max_retries)


# --- the spec, read strictly for requests ------------------------------------------------------


def strict_request_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` in which every object schema reachable from a request body that does not
    say ``additionalProperties`` says ``false`` (JSON Schema's default is to allow any extra key).

    What the SDK sends must use only the fields the spec names. Response schemas are untouched
    (they are lenient on purpose: servers add fields).
    """
    out = copy.deepcopy(spec)
    schemas = out["components"]["schemas"]
    visited: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            if name not in visited:
                visited.add(name)
                visit(schemas[name])
        if "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for key, value in node.items():
            if key == "properties":
                for sub in value.values():
                    visit(sub)
            elif key not in ("enum", "const", "required", "discriminator", "default"):
                visit(value)

    for item in out["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                visit(operation["requestBody"])
    return out


SPEC = load_spec()
STRICT_VALIDATOR = SpecValidator(strict_request_spec(SPEC))


@dataclass(frozen=True)
class WireRequest:
    method: str
    path: str  # as sent, with the base path and any query
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def violations_of(request: WireRequest, validator: SpecValidator = STRICT_VALIDATOR) -> list[str]:
    """What is wrong with one request the SDK sent, per the (strict) spec."""
    if not request.path.startswith(BASE_PATH + "/"):
        return [f"{request.method} {request.path}: outside the API base path {BASE_PATH}"]
    found = validator.validate_request(request.method, request.path[len(BASE_PATH) :], request.headers, request.body)
    return [f"{request.method} {request.path}: {problem}" for problem in found]


@dataclass
class SpecContract:
    """The requests of one test, from every server it used, and their violations of the spec."""

    sources: list[Callable[[], Iterable[WireRequest]]] = field(default_factory=list)
    checked: list[WireRequest] = field(default_factory=list)

    def watch(self, source: Callable[[], Iterable[WireRequest]]) -> None:
        self.sources.append(source)

    def violations(self) -> list[str]:
        self.checked = [request for source in self.sources for request in source()]
        return [problem for request in self.checked for problem in violations_of(request)]


@pytest.fixture(autouse=True)
def contract() -> Iterator[SpecContract]:
    """Fails the test (at teardown) if any request it sent violates the spec."""
    watched = SpecContract()
    yield watched
    problems = watched.violations()
    assert not problems, "the SDK sent requests that violate openapi.yaml:\n" + "\n".join(problems)


# --- the loopback LocalServer (one per module) -------------------------------------------------


def _recorded(server: LocalServer) -> list[WireRequest]:
    return [WireRequest(r.method, r.path, dict(r.headers), r.body) for r in server.requests]


@pytest.fixture(scope="module")
def _local_server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


@pytest.fixture
def server(_local_server: LocalServer, contract: SpecContract) -> LocalServer:
    """The module's LocalServer, with no requests or faults left from earlier tests; watched."""
    _local_server.clear()
    contract.watch(lambda: _recorded(_local_server))
    return _local_server


# --- a scripted server (pytest-httpserver, one per module) ---------------------------------------


@dataclass
class Script:
    """Answers every request with ``respond(request)`` (default: the prepared ``response``) and
    records what arrived."""

    url: str = ""
    response: Response = field(default_factory=lambda: Response(status=204))
    respond: Callable[[Request], Response] | None = None
    seen: list[WireRequest] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, request: Request) -> Response:
        query = request.query_string.decode()
        wire = WireRequest(
            request.method,
            request.path + (f"?{query}" if query else ""),
            {name.lower(): value for name, value in request.headers.items()},
            request.get_data(),
        )
        with self.lock:
            self.seen.append(wire)
        return self.respond(request) if self.respond is not None else self.response


@pytest.fixture(scope="module")
def _scripted_server() -> Iterator[tuple[HTTPServer, Script]]:
    http = HTTPServer(host="127.0.0.1")
    script = Script()
    http.expect_request(re.compile(".*")).respond_with_handler(script.handle)
    http.start()
    try:
        yield http, script
    finally:
        http.clear()
        http.stop()


@pytest.fixture
def scripted(_scripted_server: tuple[HTTPServer, Script], contract: SpecContract) -> Script:
    """The module's scripted server, reset and watched; ``scripted.url`` is its API base URL."""
    http, script = _scripted_server
    script.response = Response(status=204)
    script.respond = None
    with script.lock:
        script.seen.clear()
    contract.watch(lambda: list(script.seen))
    script.url = http.url_for(BASE_PATH)
    return script


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(payload), status=status, headers=headers, content_type="application/json")


# --- clients -----------------------------------------------------------------------------------


@dataclass
class NoWaitPacer:
    """Records every retry delay instead of sleeping; its clock advances by each delay."""

    now: float = 1_000.0
    sleeps: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def pacer(self) -> Pacer:
        return Pacer(
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            random=lambda: 0.5,
            monotonic=lambda: self.now,
            wall_clock=lambda: 1_700_000_000.0,
        )


@pytest.fixture
def pacer() -> NoWaitPacer:
    return NoWaitPacer()


@pytest.fixture
def make_client(pacer: NoWaitPacer) -> Iterator[Callable[..., ModelGates]]:
    """``make_client(server_url, **kwargs)``: a ModelGates with the no-wait pacer, closed afterwards."""
    made: list[ModelGates] = []

    def make(server_url: str, **kwargs: Any) -> ModelGates:
        kwargs.setdefault("api_key", API_KEY)
        client = ModelGates(server_url=server_url, **kwargs)
        client._core.pacer = pacer.pacer()
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def pool_of(http: httpx.Client | httpx.AsyncClient) -> Any:
    return http._transport._pool  # type: ignore[union-attr]


def busy_connections(http: httpx.Client | httpx.AsyncClient | None) -> list[str]:
    """Connections of ``http``'s pool that are neither idle nor closed, and requests still queued."""
    if http is None:
        return []
    pool = pool_of(http)
    busy = [conn.info() for conn in pool.connections if not (conn.is_idle() or conn.is_closed())]
    return busy + [f"queued request {request!r}" for request in pool._requests]


def assert_no_leak(client: ModelGates) -> None:
    """Every connection the client opened is back in its pool, idle, or closed."""
    assert busy_connections(client._core._client) == []
    assert busy_connections(client._core._async_client) == []


# --- raw sockets, for what no HTTP server library will do on purpose ------------------------------


def _read_request(conn: socket.socket, buffer: bytearray) -> WireRequest | None:
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


RawAnswer = Callable[[socket.socket, WireRequest], bool]  # returns whether to keep the connection


class RawServer:
    """A loopback HTTP/1.1 server whose ``answer`` writes raw bytes (or nothing) per request."""

    def __init__(self, answer: RawAnswer) -> None:
        self.answer = answer
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}{BASE_PATH}"
        self.seen: list[WireRequest] = []
        self.errors: list[BaseException] = []
        self._conns: list[socket.socket] = []
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
                self._conns.append(conn)
                self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = bytearray()
        try:
            while True:
                request = _read_request(conn, buffer)
                if request is None:
                    return
                with self._lock:
                    self.seen.append(request)
                if not self.answer(conn, request):
                    return
        except OSError:
            pass  # the client went away or was reset: what these tests are about
        except BaseException as exc:  # a broken answer must fail the test, not hide in a thread
            self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self._accepter.join(5)
        with self._lock:
            conns, threads = list(self._conns), list(self._threads)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(5)
        if self.errors:
            raise self.errors[0]


@pytest.fixture
def raw_server(contract: SpecContract) -> Iterator[Callable[[RawAnswer], RawServer]]:
    """``raw_server(answer)``: a started RawServer, watched by the contract and closed afterwards."""
    started: list[RawServer] = []

    def start(answer: RawAnswer) -> RawServer:
        server = RawServer(answer)
        started.append(server)
        contract.watch(lambda: list(server.seen))
        return server

    yield start
    for server in started:
        server.close()


def refused_url() -> str:
    """A loopback URL on which nothing listens (connections are refused)."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}{BASE_PATH}"
