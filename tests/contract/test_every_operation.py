"""Every operation of openapi.yaml, sync and async, called the way a user calls it.

Each call goes through the generated method (keyword arguments from the spec's own examples) to
the local server; the ``contract`` fixture then holds every request to the strict spec, and the
result must be what the method's return annotation promises: the generated model of the 2xx
response, a streamed binary response, or an event stream whose events parse into the spec's model.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from modelgates import AsyncBinaryResponse, BinaryResponse, ModelGates
from modelgates.testing import LocalServer

from tests.contract.conftest import API_KEY
from tests.contract.operations import OperationCase, cases

CASES = cases()


def _check_result(case: OperationCase, result: Any) -> None:
    op = case.operation
    if op.result == "binary":
        assert isinstance(result, BinaryResponse | AsyncBinaryResponse), result
    elif op.result == "none":
        assert result is None
    elif op.result_class is not None:
        expected = op.result_class.split(":")[1]
        assert type(result).__name__ == expected, (case.name, type(result))
    else:
        assert result is not None or op.result == "json|binary", case.name


def _method(client: ModelGates, case: OperationCase, suffix: str = "") -> Any:
    return getattr(getattr(client, case.group), case.method + suffix)


def test_every_operation_of_the_spec_is_listed() -> None:
    from modelgates.testing import load_spec

    spec = load_spec()
    routes = {f"{verb.upper()} {path}" for path, item in spec["paths"].items() for verb in item if verb != "parameters"}
    assert {case.http for case in CASES} == routes
    assert len(CASES) == 97


@pytest.mark.parametrize("case", CASES, ids=str)
def test_sync_call(case: OperationCase, server: LocalServer) -> None:
    with ModelGates(api_key=server.api_key, server_url=server.url) as client:
        result = _method(client, case)(**case.arguments)
        try:
            _check_result(case, result)
            if isinstance(result, BinaryResponse):
                assert result.read()  # the body streams in whole
        finally:
            close = getattr(result, "close", None)
            if callable(close) and not isinstance(result, type):
                close()
    assert len(server.requests) == 1
    assert server.requests[0].path.split("?")[0].startswith("/api/v1/")


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=str)
async def test_async_call(case: OperationCase, server: LocalServer) -> None:
    async with ModelGates(api_key=server.api_key, server_url=server.url) as client:
        result = await _method(client, case, "_async")(**case.arguments)
        try:
            _check_result(case, result)
            if isinstance(result, AsyncBinaryResponse):
                assert await result.aread()
        finally:
            aclose = getattr(result, "aclose", None)
            if callable(aclose):
                await aclose()
    assert len(server.requests) == 1


STREAMING = [case for case in CASES if case.operation.events_class is not None]


def test_the_streaming_operations_are_the_ones_the_spec_streams() -> None:
    assert sorted(case.name for case in STREAMING) == [
        "chat.send",
        "images.generate",
        "messages.create",
        "responses.send",
    ]


@pytest.mark.parametrize("case", STREAMING, ids=str)
def test_event_streams_yield_the_spec_model_and_end_complete(case: OperationCase, server: LocalServer) -> None:
    event_class = (case.operation.events_class or "").split(":")[1]
    arguments = {**case.arguments, case.operation.stream_field or "stream": True}
    with ModelGates(api_key=server.api_key, server_url=server.url) as client:
        with _method(client, case)(**arguments) as stream:
            events = list(stream)
    assert events, case.name
    assert {type(event).__name__ for event in events} == {event_class}
    assert stream.closed


def test_every_method_has_explicit_keyword_parameters_and_a_typed_result() -> None:
    client = ModelGates(api_key="unused")
    for case in CASES:
        for suffix in ("", "_async"):
            method = _method(client, case, suffix)
            signature = inspect.signature(method)
            kinds = {p.kind for p in signature.parameters.values()}
            assert kinds <= {inspect.Parameter.KEYWORD_ONLY}, (case.name, kinds)
            assert set(case.operation.fields) <= set(signature.parameters), case.name
            assert signature.return_annotation is not inspect.Signature.empty, case.name
            assert all(p.annotation is not inspect.Parameter.empty for p in signature.parameters.values())
            assert method.__doc__ and case.http.split(" ", 1)[1] in method.__doc__, case.name
    client.close()


def test_a_query_parameter_left_out_is_not_sent(server: LocalServer) -> None:
    """The spec's defaults are the server's: "when both offset and limit are omitted, the full list
    is returned", which a client that sent ``offset=0&limit=500`` could never get."""
    with ModelGates(api_key=API_KEY, server_url=server.url) as client:
        client.models.list()
        client.embeddings.list_models()
        client.models.list(limit=5)
    assert [request.path for request in server.requests[-3:]] == [
        "/api/v1/models",
        "/api/v1/embeddings/models",
        "/api/v1/models?limit=5",
    ]


def test_no_request_builder_sends_a_default_of_its_own() -> None:
    import importlib

    from modelgates_api.types import UNSET

    for case in CASES:
        builder = importlib.import_module(f"modelgates_api.{case.operation.module}")._get_kwargs
        for name, parameter in inspect.signature(builder).parameters.items():
            if parameter.default is not inspect.Parameter.empty and name != "body":
                assert parameter.default is UNSET, (case.name, name, parameter.default)
