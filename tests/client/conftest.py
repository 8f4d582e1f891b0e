"""Shared fixtures of the client tests: real loopback servers, a recording Pacer, helpers.

Nothing of the SDK is mocked: requests travel over real sockets to pytest-httpserver (or to the
raw socket servers below), and only the retry loop's clock, randomness and sleep are replaced.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

import pytest
from modelgates import ModelGates
from modelgates._retry import BackoffStrategy, Pacer, RetryConfig
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

API_KEY = "sk-mg-test-0123456789abcdef"

CHAT_RESULT: dict[str, Any] = {
    "id": "gen-123",
    "object": "chat.completion",
    "created": 1_700_000_000,
    "model": "openai/gpt-4",
    "provider": "OpenAI",
    "system_fingerprint": None,
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Paris."},
            "finish_reason": "stop",
            "native_finish_reason": "stop",
            "logprobs": None,
        }
    ],
    "usage": {"prompt_tokens": 20, "completion_tokens": 2, "total_tokens": 22},
}

USER_MESSAGE = [{"role": "user", "content": "What is the capital of France?"}]

# Fast, deterministic retries for tests that count attempts (the pacer never really sleeps anyway).
FAST_BACKOFF = BackoffStrategy(initial_interval=100, max_interval=1_000, exponent=2.0, max_elapsed_time=60_000)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@dataclass
class FakePacer:
    """Records every sleep instead of sleeping; its monotonic clock advances by each sleep."""

    rand: float = 0.5
    now: float = 1_000.0
    wall: float = 1_700_000_000.0
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
            random=lambda: self.rand,
            monotonic=lambda: self.now,
            wall_clock=lambda: self.wall,
        )


@pytest.fixture
def pacer() -> FakePacer:
    return FakePacer()


@pytest.fixture
def make_client(httpserver: HTTPServer, pacer: FakePacer) -> Iterator[Callable[..., ModelGates]]:
    """``make_client(**kwargs)``: a ModelGates aimed at the test server, with the fake pacer; closed afterwards."""
    made: list[ModelGates] = []

    def make(**kwargs: Any) -> ModelGates:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("server_url", httpserver.url_for("/api/v1"))
        client = ModelGates(**kwargs)
        client._core.pacer = pacer.pacer()
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., ModelGates]) -> ModelGates:
    return make_client()


@pytest.fixture
async def aclient(httpserver: HTTPServer, pacer: FakePacer) -> Any:
    async with ModelGates(api_key=API_KEY, server_url=httpserver.url_for("/api/v1")) as client:
        client._core.pacer = pacer.pacer()
        yield client


def error_body(status: int, message: str = "something went wrong", **metadata: Any) -> dict[str, Any]:
    return {"error": {"code": status, "message": message, "metadata": metadata or None}, "user_id": None}


def serve_sequence(httpserver: HTTPServer, uri: str, responses: Sequence[Response]) -> list[Request]:
    """Answer successive requests to ``uri`` with ``responses`` (the last one repeats); returns the requests seen."""
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return responses[min(len(seen), len(responses)) - 1]

    httpserver.expect_request(uri).respond_with_handler(handler)
    return seen


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(payload), status=status, headers=headers, content_type="application/json")


def retry_config(max_retries: int = 4, backoff: BackoffStrategy = FAST_BACKOFF, connection: bool = True) -> RetryConfig:
    return RetryConfig("backoff", backoff, connection, max_retries=max_retries)


CUT_RESPONSE = (
    b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
    b'{"error": {"code": 500, "message": "cut sho'
)


@dataclass
class RawServer:
    """A TCP server in a thread that does something rude with each connection."""

    url: str
    connections: list[socket.socket]


@contextmanager
def raw_server(behaviour: str, host: str = "127.0.0.1") -> Iterator[RawServer]:
    """``behaviour``: "close" (accept, read the request, close without answering), "hang" (never answer),
    or "cut" (answer 500 with a body shorter than its Content-Length, then close)."""
    listener = socket.socket()
    listener.bind((host, 0))
    listener.listen(16)
    listener.settimeout(0.05)
    stop = threading.Event()
    accepted: list[socket.socket] = []

    def run() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            accepted.append(conn)
            if behaviour in ("close", "cut"):
                conn.settimeout(1)
                with suppress(OSError):
                    conn.recv(65536)
                if behaviour == "cut":
                    conn.sendall(CUT_RESPONSE)
                conn.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    try:
        yield RawServer(url=f"http://{host}:{port}/api/v1", connections=accepted)
    finally:
        stop.set()
        thread.join()
        listener.close()
        for conn in accepted:
            conn.close()


def header_names(request: Request) -> set[str]:
    """The lower-cased names of the headers a server received."""
    return {name.lower() for name, _ in request.headers.items()}


def refused_url() -> str:
    """A loopback URL on which nothing listens (connections are refused)."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}/api/v1"
