"""Shared fixtures of the client tests: real loopback servers, a recording Pacer, helpers.

Nothing of the SDK is mocked: requests travel over real sockets to pytest-httpserver (or to the
raw socket servers of ``tests._rawserver``), and only the retry loop's clock, randomness and sleep
are replaced (``tests._support.FakePacer``).
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest
from modelgates import ModelGates
from modelgates._retry import BackoffStrategy, RetryConfig
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests._rawserver import RawServer, WireRequest, wait_for_close
from tests._support import FakePacer, paced_clients

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

# Fast, deterministic retries for tests that count attempts (the pacer never really sleeps anyway).
FAST_BACKOFF = BackoffStrategy(initial_interval=100, max_interval=1_000, exponent=2.0, max_elapsed_time=60_000)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def pacer() -> FakePacer:
    return FakePacer()


@pytest.fixture
def make_client(httpserver: HTTPServer, pacer: FakePacer) -> Iterator[Callable[..., ModelGates]]:
    """``make_client(**kwargs)``: a ModelGates aimed at the test server, with the fake pacer; closed afterwards."""
    with paced_clients(pacer, api_key=API_KEY, server_url=httpserver.url_for("/api/v1")) as make:
        yield make


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


def retry_config(max_retries: int = 4, backoff: BackoffStrategy = FAST_BACKOFF, connection: bool = True) -> RetryConfig:
    return RetryConfig("backoff", backoff, connection, max_retries=max_retries)


CUT_RESPONSE = (
    b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
    b'{"error": {"code": 500, "message": "cut sho'
)


@contextmanager
def raw_server(behaviour: str) -> Iterator[RawServer]:
    """``behaviour``: "close" (read the request, close without answering), "hang" (never answer),
    or "cut" (answer 500 with a body shorter than its Content-Length, then close)."""

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        if behaviour == "cut":
            conn.sendall(CUT_RESPONSE)
        elif behaviour == "hang":
            wait_for_close(conn)
        return False

    with RawServer(handler) as server:
        yield server


def header_names(request: Request) -> set[str]:
    """The lower-cased names of the headers a server received."""
    return {name.lower() for name, _ in request.headers.items()}
