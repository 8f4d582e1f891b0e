"""A pytest fixture for apps built on modelgates: ``modelgates_server``.

Installed with the package (entry point ``pytest11``), so an app's tests can just ask for it::

    def test_my_feature(modelgates_server):
        modelgates_server.enqueue_faults(["503;retry-after=0"])   # optional: script a failure
        assert my_app.summarize("...")                              # the app's ModelGates() client
        assert modelgates_server.requests[-1].json()["model"] == "openai/gpt-4o"

The fixture starts a ``LocalServer`` (needs the ``server`` extra) and points ``MODELGATES_SERVER_URL``
and ``MODELGATES_API_KEY`` at it for the duration of the test, so a ``ModelGates()`` built with no
arguments talks to it. Nothing is imported until a test asks for the fixture, so a plain install
(without the ``server`` extra) never breaks a pytest run: only a test that asks for the fixture
fails, with one line naming ``pip install 'modelgates[server]'``.

``@pytest.mark.modelgates_server(validate=False)`` on a test turns the server's spec check of requests
off, for an app that sends what the spec does not have yet (a gateway's own fields in ``extra_body``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._server import LocalServer

__all__ = ["modelgates_server", "pytest_configure"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "modelgates_server(validate=True): options of the modelgates_server fixture's LocalServer"
    )


@pytest.fixture
def modelgates_server(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    """A running local ModelGates server, with the SDK's environment variables pointing at it."""
    try:
        from ._server import LocalServer
    except ImportError:
        pytest.fail(
            "the modelgates_server fixture needs the server extra: pip install 'modelgates[server]'",
            pytrace=False,
        )

    marker = request.node.get_closest_marker("modelgates_server")
    validate = bool(marker.kwargs.get("validate", True)) if marker is not None else True
    with LocalServer(api_key="test-key", validate=validate) as server:
        monkeypatch.setenv("MODELGATES_SERVER_URL", server.url)
        monkeypatch.setenv("MODELGATES_API_KEY", "test-key")
        yield server
