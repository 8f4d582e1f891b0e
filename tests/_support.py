"""Helpers shared by the client and contract suites: a Pacer that records sleeps, a client factory.

Nothing of the SDK is mocked with these: only the retry loop's clock, randomness and sleep are
replaced, so retry tests count delays instead of waiting them out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from modelgates import ModelGates
from modelgates._retry import Pacer
from modelgates._tls import default_ssl_context
from werkzeug import Response

# For the httpx clients the tests build themselves (``verify=LOOPBACK_TLS``): httpx otherwise builds a
# new TLS context and loads the CA bundle into it for every client, ~30 ms of CPU even for a plain
# http:// loopback server (it was half the CPU time of the fault table). The one the SDK's own
# clients share (modelgates._tls).
LOOPBACK_TLS = default_ssl_context()


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


@contextmanager
def paced_clients(pacer: FakePacer, **defaults: Any) -> Iterator[Callable[..., ModelGates]]:
    """``make(**kwargs)``: a ModelGates built from ``defaults`` updated by ``kwargs``, paced by
    ``pacer``; every client made is closed on exit."""
    made: list[ModelGates] = []

    def make(**kwargs: Any) -> ModelGates:
        client = ModelGates(**{**defaults, **kwargs})
        client._core.pacer = pacer.pacer()
        made.append(client)
        return client

    try:
        yield make
    finally:
        for client in made:
            client.close()


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(payload), status=status, headers=headers, content_type="application/json")
