"""Run by ``test_spec_change.py`` only, in a subprocess, against a package regenerated from a
changed spec (``PYTHONPATH`` puts it first): the spec gained ``ChatRequest.verbosity``, a 451
response with its own error schema, and a new operation (``GET /status``,
``client.status.get_status``). Not collected on its own (the file name does not start with
``test_``): against the committed package, ``verbosity`` is rightly refused as an unknown field.
"""

from __future__ import annotations

import os
from pathlib import Path

import modelgates_api
import pytest
from generated_contract import check  # scripts/ (tests/conftest.py puts it on sys.path)
from modelgates import ModelGates, errors
from modelgates.testing import LocalServer
from modelgates.utils import NO_RETRIES

from tests._data import FRANCE

from .conftest import API_KEY


def test_the_regenerated_package_is_the_one_imported() -> None:
    expected = Path(os.environ["MODELGATES_EXPECT_GENERATED"]).resolve()
    assert Path(modelgates_api.__file__).resolve().is_relative_to(expected)
    from modelgates_api.models.chat_request import ChatRequest

    assert "verbosity" in {field.name for field in ChatRequest.__attrs_attrs__}
    assert check() == []


def test_the_new_field_is_sent_and_the_new_status_has_its_own_error_class(server: LocalServer) -> None:
    # Generated from the spec's 451 response and its schema: on the client, typed, with no hand edit.
    new_class = errors.UnavailableForLegalReasonsResponseError  # type: ignore[attr-defined]
    assert issubclass(new_class, errors.APIStatusError)
    assert "UnavailableForLegalReasonsResponseError" in errors.__all__
    with ModelGates(api_key=API_KEY, server_url=server.url) as client:
        result = client.chat.send(messages=FRANCE, verbosity="low")
        assert result.choices[0].message.content == "The capital of France is Paris."
        with pytest.raises(new_class) as caught:
            client.chat.send(
                messages=FRANCE, verbosity="high", retries=NO_RETRIES, http_headers={"X-ModelGates-Fault": "451"}
            )
    first, second = server.requests
    assert first.json() == {"messages": FRANCE, "verbosity": "low", "stream": False}
    assert second.json()["verbosity"] == "high"
    assert type(caught.value) is new_class
    assert caught.value.status_code == 451
    assert type(caught.value.data).__name__ == "UnavailableForLegalReasonsResponse"
    assert caught.value.data.error.code == 451
    assert caught.value.message == "Injected fault: 451 Unavailable For Legal Reasons"
    assert caught.value.code == 451


def test_a_value_outside_the_new_enum_is_sent_and_the_server_decides(server: LocalServer) -> None:
    # Enums are open (issue 13): the SDK sends "loud"; the spec-validating server refuses it.
    with ModelGates(api_key=API_KEY, server_url=server.url, retry_config=NO_RETRIES) as client:
        with pytest.raises(errors.BadRequestResponseError):
            client.chat.send(messages=FRANCE, verbosity="loud")
    assert server.requests[-1].json()["verbosity"] == "loud"
    server.clear()  # out of the spec on purpose: not a violation for the contract check at teardown


def test_the_new_operation_is_a_typed_method_of_the_client(server: LocalServer) -> None:
    import inspect

    with ModelGates(api_key=API_KEY, server_url=server.url) as client:
        method = client.status.get_status
        signature = inspect.signature(method)
        assert next(iter(signature.parameters)) == "verbose"
        assert signature.parameters["verbose"].kind is inspect.Parameter.KEYWORD_ONLY
        assert "Whether to include the component list." in (method.__doc__ or "")
        result = method(verbose=True)
        asynchronous = client.status.get_status_async
        assert inspect.iscoroutinefunction(asynchronous)
    assert type(result).__name__ == "ServiceStatus"
    assert result.status == "ok"
    assert server.requests[-1].path == "/api/v1/status?verbose=true"
