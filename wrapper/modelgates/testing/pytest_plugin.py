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
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._server import LocalServer

__all__ = ["modelgates_server"]


@pytest.fixture
def modelgates_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    """A running local ModelGates server, with the SDK's environment variables pointing at it."""
    try:
        from ._server import LocalServer
    except ImportError:
        pytest.fail(
            "the modelgates_server fixture needs the server extra: pip install 'modelgates[server]'",
            pytrace=False,
        )

    with LocalServer(api_key="test-key") as server:
        monkeypatch.setenv("MODELGATES_SERVER_URL", server.url)
        monkeypatch.setenv("MODELGATES_API_KEY", "test-key")
        yield server
