"""Every operation of openapi.yaml, sync and async, against Prism, the independent mock server.

The same calls as ``test_every_operation`` (``tests.contract.operations.cases()``: keyword
arguments from the spec's own examples, through the generated methods), sent to ``prism mock``
(``tests.contract._prism``) instead of our LocalServer. Each exchange is judged three ways:

- Prism's own validator, which checks the request against the spec (an invalid one is refused
  with a 4xx) and reports what it found, in the request and in its own answer, in the
  ``sl-violations`` header: it must report nothing;
- our strict validator (the autouse ``contract`` fixture), on the request as the SDK sent it, and
  ``SpecValidator`` on Prism's JSON answer: it must agree with Prism;
- the SDK: the answer must parse into the type the method promises, as on our own server; a
  streamed call must yield the spec's event model and end complete.

A disagreement between the two servers is a finding to fix, not to skip. What cannot be fixed on
our side is listed in ``UPSTREAM_DEFECTS`` with the reason, and the list is checked to be exact
(a listed operation that Prism no longer finds fault with fails).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from modelgates import AsyncBinaryResponse, BinaryResponse, ModelGates
from modelgates._retry import RetryConfig
from modelgates.errors import APIStatusError, ResponseValidationError
from modelgates.testing import SpecValidator

from tests._rawserver import WireRequest
from tests._support import LOOPBACK_TLS
from tests.contract._prism import Prism
from tests.contract.conftest import BASE_PATH, SPEC, SpecContract
from tests.contract.operations import OperationCase, cases
from tests.contract.test_every_operation import STREAMING, _check_result, _method

CASES = cases()
API_KEY = "test-key"  # Prism checks that a bearer key is present, not which
NO_RETRIES = RetryConfig("none", None, False)
# A body generated from the schema instead of the (faulty) example; the seed makes it the same every run.
FROM_THE_SCHEMA = {"Prefer": "dynamic=true, seed=modelgates"}

# The spec's own response example violates the operation's response schema: Prism flags its answer,
# our SpecValidator agrees, and the SDK raises ResponseValidationError naming the missing field (as
# it must: the field is required). Our LocalServer answers with the smallest valid instance instead
# (modelgates.testing._generic), which is why it never shows these. The examples are the upstream
# snapshot's (spec/upstream/openrouter-2026-08-22.yaml), copied unchanged by scripts/assemble_spec.py.
# Each is also called with a body Prism generates from the schema, which must parse.
UPSTREAM_DEFECTS: dict[str, tuple[str, str]] = {
    # operation: (the required field the SDK reports missing, why)
    "embeddings.list_models": ("links", "GET /embeddings/models example lacks the required total_count and links"),
    "files.delete": ("_shape", "DELETE /files/{file_id} example lacks the discriminator _shape of FileDeleteResponse"),
    "files.retrieve": ("_shape", "GET /files/{file_id} example lacks the discriminator _shape of FileResponse"),
    "files.list": ("_shape", "GET /files example (and its items) lack the discriminator _shape of FileListResponse"),
    "files.upload": ("_shape", "POST /files example lacks the discriminator _shape of FileResponse"),
    "generations.get_generation": ("workspace_id", "GET /generation example's data lacks the required workspace_id"),
    "models.list": ("links", "GET /models example lacks the required total_count and links"),
    "models.list_for_user": ("links", "GET /models/user example lacks the required total_count and links"),
    "video_generation.list_videos_models": (
        "creativity",
        "GET /videos/models example's items lack the required upscale_factor and creativity",
    ),
}

# Prism's start (it dereferences the whole spec: ~20 s on a busy 2-core machine) is in the first test's setup.
pytestmark = pytest.mark.timeout(240)


@dataclass
class Exchanges:
    """What went over the wire between the SDK and Prism, recorded by httpx event hooks."""

    requests: list[WireRequest] = field(default_factory=list)
    responses: list[httpx.Response] = field(default_factory=list)

    def on_request(self, request: httpx.Request, body: bytes) -> None:
        path = BASE_PATH + request.url.raw_path.decode()  # Prism serves the spec's paths at the root
        headers = {name.lower(): value for name, value in request.headers.items()}
        self.requests.append(WireRequest(request.method, path, headers, body))

    def clear(self) -> None:
        self.requests.clear()
        self.responses.clear()

    def only(self) -> httpx.Response:
        assert len(self.responses) == 1, self.responses
        return self.responses[0]


def _operation_id(case: OperationCase) -> str:
    verb, path = case.http.split(" ", 1)
    return str(SPEC["paths"][path][verb.lower()]["operationId"])


def prism_violations(response: httpx.Response) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(response.headers.get("sl-violations", "[]"))
    return found


def our_violations(case: OperationCase, response: httpx.Response) -> list[str]:
    """SpecValidator's verdict on Prism's JSON answer (nothing to say of streamed or unread bodies)."""
    media = response.headers.get("content-type", "").partition(";")[0].strip()
    if media != "application/json" or not response.is_closed:
        return []
    # Answers are held to the spec as it is (the strict copy forbids extra fields in request bodies,
    # and some of its schemas, shared with responses, would then forbid fields servers may add).
    return SpecValidator.default().validate_response_body(
        _operation_id(case), response.status_code, media, response.content
    )


def _check_exchange(case: OperationCase, exchanges: Exchanges, error: Exception | None, prism: Prism) -> None:
    response = exchanges.only()
    assert len(exchanges.requests) == 1  # and the contract fixture holds it to the strict spec
    found = prism_violations(response)
    in_request = [v["message"] for v in found if v["location"][:1] == ["request"]]
    assert not in_request, f"Prism finds the request of {case.http} invalid: {in_request}\n{prism.tail()}"
    in_answer = [v["message"] for v in found if v["location"][:1] == ["response"]]
    ours = our_violations(case, response)
    assert bool(ours) == bool(in_answer), f"the validators disagree on Prism's answer: ours {ours}, Prism's {in_answer}"
    if case.name in UPSTREAM_DEFECTS:
        assert in_answer, f"{case.name} is listed in UPSTREAM_DEFECTS, but Prism's answer is valid now: unlist it"
        assert isinstance(error, ResponseValidationError), error
        assert UPSTREAM_DEFECTS[case.name][0] in str(error), error  # the missing field is named
    else:
        assert not in_answer, f"Prism's answer to {case.http} violates the spec: {in_answer}"
        if isinstance(error, APIStatusError):
            pytest.fail(f"Prism answered {case.http} with {error.status_code}: {error.body}\n{prism.tail()}")
        assert error is None, error


def _close(result: Any) -> None:
    close = getattr(result, "close", None)
    if callable(close) and not isinstance(result, type):
        close()


# --- sync: one client for the module ----------------------------------------------------------


@pytest.fixture(scope="module")
def _sync(prism: Prism) -> Iterator[tuple[ModelGates, Exchanges]]:
    exchanges = Exchanges()

    def on_request(request: httpx.Request) -> None:
        exchanges.on_request(request, request.read())

    hooks: dict[str, list[Any]] = {"request": [on_request], "response": [exchanges.responses.append]}
    with (
        httpx.Client(verify=LOOPBACK_TLS, event_hooks=hooks) as http,
        ModelGates(api_key=API_KEY, server_url=prism.url, retry_config=NO_RETRIES, client=http) as client,
    ):
        yield client, exchanges


@pytest.fixture
def sync(_sync: tuple[ModelGates, Exchanges], contract: SpecContract) -> tuple[ModelGates, Exchanges]:
    client, exchanges = _sync
    exchanges.clear()
    contract.watch(lambda: list(exchanges.requests))
    return client, exchanges


@pytest.mark.parametrize("case", CASES, ids=str)
def test_sync_call_on_prism(case: OperationCase, sync: tuple[ModelGates, Exchanges], prism: Prism) -> None:
    client, exchanges = sync
    result: Any = None
    error: Exception | None = None
    try:
        result = _method(client, case)(**case.arguments)
        _check_result(case, result)
        if isinstance(result, BinaryResponse):
            assert result.read()
    except (APIStatusError, ResponseValidationError) as exc:
        error = exc
    finally:
        _close(result)
    _check_exchange(case, exchanges, error, prism)
    if case.name in UPSTREAM_DEFECTS:
        exchanges.clear()
        _check_result(case, _method(client, case)(**case.arguments, extra_headers=FROM_THE_SCHEMA))
        assert prism_violations(exchanges.only()) == []


@pytest.mark.parametrize("case", STREAMING, ids=str)
def test_sync_stream_on_prism(case: OperationCase, sync: tuple[ModelGates, Exchanges]) -> None:
    client, exchanges = sync
    event_class = (case.operation.events_class or "").split(":")[1]
    arguments = {**case.arguments, case.operation.stream_field or "stream": True}
    with _method(client, case)(**arguments) as stream:
        events = list(stream)
    assert events, case.name
    assert {type(event).__name__ for event in events} == {event_class}
    assert stream.closed
    response = exchanges.only()
    assert response.headers["content-type"].startswith("text/event-stream")
    assert prism_violations(response) == []


# --- async: a client per test (an httpx.AsyncClient belongs to one event loop) -------------------


@pytest.fixture
async def async_client(prism: Prism, contract: SpecContract) -> AsyncIterator[tuple[ModelGates, Exchanges]]:
    exchanges = Exchanges()
    contract.watch(lambda: list(exchanges.requests))

    async def on_request(request: httpx.Request) -> None:
        exchanges.on_request(request, await request.aread())

    async def on_response(response: httpx.Response) -> None:
        exchanges.responses.append(response)

    hooks: dict[str, list[Any]] = {"request": [on_request], "response": [on_response]}
    async with (
        httpx.AsyncClient(verify=LOOPBACK_TLS, event_hooks=hooks) as http,
        ModelGates(api_key=API_KEY, server_url=prism.url, retry_config=NO_RETRIES, async_client=http) as client,
    ):
        yield client, exchanges


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=str)
async def test_async_call_on_prism(
    case: OperationCase, async_client: tuple[ModelGates, Exchanges], prism: Prism
) -> None:
    client, exchanges = async_client
    result: Any = None
    error: Exception | None = None
    try:
        result = await _method(client, case, "_async")(**case.arguments)
        _check_result(case, result)
        if isinstance(result, AsyncBinaryResponse):
            assert await result.aread()
    except (APIStatusError, ResponseValidationError) as exc:
        error = exc
    finally:
        aclose = getattr(result, "aclose", None)
        if callable(aclose):
            await aclose()
    _check_exchange(case, exchanges, error, prism)
    if case.name in UPSTREAM_DEFECTS:
        exchanges.clear()
        method = _method(client, case, "_async")
        _check_result(case, await method(**case.arguments, extra_headers=FROM_THE_SCHEMA))
        assert prism_violations(exchanges.only()) == []


@pytest.mark.anyio
@pytest.mark.parametrize("case", STREAMING, ids=str)
async def test_async_stream_on_prism(case: OperationCase, async_client: tuple[ModelGates, Exchanges]) -> None:
    client, exchanges = async_client
    event_class = (case.operation.events_class or "").split(":")[1]
    arguments = {**case.arguments, case.operation.stream_field or "stream": True}
    stream = await _method(client, case, "_async")(**arguments)
    try:
        events = [event async for event in stream]
    finally:
        await stream.aclose()
    assert events, case.name
    assert {type(event).__name__ for event in events} == {event_class}
    response = exchanges.only()
    assert response.headers["content-type"].startswith("text/event-stream")
    assert prism_violations(response) == []


def test_the_upstream_defects_are_operations() -> None:
    assert set(UPSTREAM_DEFECTS) <= {case.name for case in CASES}
