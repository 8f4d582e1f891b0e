"""The `modelgates_server` fixture an app's test suite gets from the installed package."""

from __future__ import annotations

import pytest
from modelgates import ModelGates, errors
from modelgates.testing import LocalServer
from modelgates.utils import RetryConfig


def test_the_fixture_points_a_default_client_at_a_running_server(modelgates_server: LocalServer) -> None:
    with ModelGates() as client:  # no arguments: the environment the fixture set
        result = client.chat.send(messages=[{"role": "user", "content": "What is the capital of France?"}])
    assert result.choices[0].message.content == "The capital of France is Paris."
    assert modelgates_server.requests[-1].headers["authorization"] == "Bearer test-key"


def test_the_fixture_scripts_failures(modelgates_server: LocalServer) -> None:
    modelgates_server.enqueue_faults(["503"])
    with (
        ModelGates(retry_config=RetryConfig("none", None, False)) as client,
        pytest.raises(errors.ServiceUnavailableResponseError),
    ):
        client.chat.send(messages=[{"role": "user", "content": "hi"}])


@pytest.mark.modelgates_server(validate=False)
def test_a_marker_turns_the_request_check_off(modelgates_server: LocalServer) -> None:
    # An app that sends a gateway's own field: the spec closes ChatRequest, so a validating server answers 400.
    with ModelGates() as client:
        result = client.chat.send(
            messages=[{"role": "user", "content": "hi"}], extra_body={"gateflow": {"cache": "off"}}
        )
    assert result.choices[0].message.content
    assert modelgates_server.requests[-1].json()["gateflow"] == {"cache": "off"}
