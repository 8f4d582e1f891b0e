"""The contract suite's fixtures: every request the SDK sends is held to openapi.yaml.

``contract`` (autouse) collects the requests that reached any server a test used (the loopback
``LocalServer``, the scripted pytest-httpserver, raw sockets) and validates each one against the
spec with ``modelgates.testing.SpecValidator`` (jsonschema, Draft 2020-12): method, path, the
required ``Authorization`` header, the content type and the JSON body. The request schemas are
read strictly: an object schema that does not say ``additionalProperties`` gets ``false`` (see
``strict_request_spec``), so a field the spec does not declare is a violation too. Any violation
fails the test at teardown, whatever the test itself asserted.

Nothing of the SDK is mocked: requests travel over real sockets; only the retry loop's sleep is
replaced (``tests._support.FakePacer``), so that retry rows do not wait.
"""

from __future__ import annotations

import copy
import functools
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from modelgates import ModelGates
from modelgates._retry import BackoffStrategy, RetryConfig
from modelgates.testing import LocalServer, SpecValidator, load_spec
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests._rawserver import RawHandler, RawServer, WireRequest
from tests._support import FakePacer, paced_clients
from tests.contract._prism import prism  # noqa: F401 - the session fixture of Prism, the independent mock server

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


@functools.cache
def strict_validator() -> SpecValidator:
    """The validator of the strict spec, built on first use: collection runs on every xdist worker,
    so nothing costly happens at import."""
    return SpecValidator(strict_request_spec(SPEC))


def violations_of(request: WireRequest, validator: SpecValidator | None = None) -> list[str]:
    """What is wrong with one request the SDK sent, per the (strict) spec unless ``validator``."""
    validator = validator or strict_validator()
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


# --- clients -----------------------------------------------------------------------------------


@pytest.fixture
def pacer() -> FakePacer:
    return FakePacer()


@pytest.fixture
def make_client(pacer: FakePacer) -> Iterator[Callable[..., ModelGates]]:
    """``make_client(server_url, **kwargs)``: a ModelGates with the fake pacer, closed afterwards."""
    with paced_clients(pacer, api_key=API_KEY) as make:

        def make_for(server_url: str, **kwargs: Any) -> ModelGates:
            return make(server_url=server_url, **kwargs)

        yield make_for


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


@pytest.fixture
def raw_server(contract: SpecContract) -> Iterator[Callable[[RawHandler], RawServer]]:
    """``raw_server(handler)``: a started ``tests._rawserver.RawServer`` (its URL ends with the base
    path), watched by the contract and closed afterwards."""
    started: list[RawServer] = []

    def start(handler: RawHandler) -> RawServer:
        server = RawServer(handler, base_path=BASE_PATH)
        started.append(server)
        contract.watch(lambda: list(server.requests))
        return server

    yield start
    for server in started:
        server.close()
