"""Slow start for a burst of async calls on a pool that has few connections open yet.

httpcore 1.0's pool scans every connection for every queued request each time a request arrives
or a response closes. 500 calls gathered on a fresh client queue ~400 requests while 100
connections are being opened, and that scan took most of the burst's time (benchmarks/findings.md:
~11 s against ~3 s on the warm pool). So the SDK's own async clients admit at most
``SLOW_START`` requests beyond the connections already open, up to the pool's size; the rest wait
here, in a FIFO that costs nothing to wait in. As connections open the bound grows by one for
each, so a burst of long LLM calls is held back only while connections are being opened, not
while calls run. The wait for a slot is bounded by the pool timeout (``httpx.PoolTimeout``), and the
wait in the pool after it by the pool timeout again: at worst twice it. Only under asyncio (under
trio the calls go to the pool as they come), and only for the SDK's own clients, their proxy
transports included.
"""

from __future__ import annotations

import contextlib
import sys
import weakref
from collections import deque
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import httpx

from ._limits import timeout_seconds
from ._loops import running_asyncio_loop

if TYPE_CHECKING:
    import asyncio

__all__ = ["SLOW_START", "SlowStart", "slot_for", "with_slow_start"]

# Requests admitted beyond the connections already open: how many connections a fresh pool opens
# at once (measured on 2 cores: 10-20 gave the same fresh-burst time; 100 at once, 3x as long).
SLOW_START = 20

_GATES: weakref.WeakKeyDictionary[httpx.AsyncClient, SlowStart] = weakref.WeakKeyDictionary()


class SlowStart:
    """Admits ``min(max_connections, SLOW_START + open connections)`` requests at a time, in order."""

    def __init__(self, max_connections: int, start: int = SLOW_START) -> None:
        self.max_connections = max_connections
        self.start = start
        self.open_connections = 0
        self.in_flight = 0
        self._waiters: deque[asyncio.Future[None]] = deque()

    @property
    def bound(self) -> int:
        return min(self.max_connections, self.start + self.open_connections)

    @contextlib.asynccontextmanager
    async def slot(self, pool_timeout: float | None) -> AsyncIterator[None]:
        if not self._waiters and self.in_flight < self.bound:  # the usual case: no wait
            self.in_flight += 1
        else:
            await self._wait(pool_timeout)
        try:
            yield
        finally:
            self.in_flight -= 1
            self._admit()

    async def _wait(self, pool_timeout: float | None) -> None:
        import asyncio  # imported already: this runs in its loop (slot_for); not on the sync path

        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await asyncio.wait_for(waiter, pool_timeout)
        except BaseException as exc:
            if waiter.done() and not waiter.cancelled():
                self.in_flight -= 1  # the slot was handed over as we gave up: pass it on
                self._admit()
            else:
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
            if isinstance(exc, (TimeoutError, asyncio.TimeoutError)):  # two classes before Python 3.11
                raise httpx.PoolTimeout("no connection became free within the pool timeout") from exc
            raise

    def _admit(self) -> None:
        """Hand free slots to the longest waiting requests (the slot is taken on their behalf)."""
        while self._waiters and self.in_flight < self.bound:
            waiter = self._waiters.popleft()
            if not waiter.done():
                self.in_flight += 1
                waiter.set_result(None)

    def opened(self) -> None:
        self.open_connections += 1
        self._admit()

    def closed(self) -> None:
        self.open_connections -= 1


def with_slow_start(client: httpx.AsyncClient, max_connections: int | None) -> httpx.AsyncClient:
    """``client`` (made by the SDK) with its connections counted and its requests admitted by a ``SlowStart``
    (``max_connections``: its pool's limit, None for none)."""
    from ._network import CountingBackend, swap_network_backend  # httpcore: when a client is made, not on import

    gate = SlowStart(max_connections if max_connections is not None else sys.maxsize)
    if swap_network_backend(client, lambda backend: CountingBackend(backend, gate)):
        _GATES[client] = gate
    return client


def slot_for(client: httpx.AsyncClient, request: httpx.Request) -> contextlib.AbstractAsyncContextManager[None]:
    """Where one attempt of ``request`` waits for its turn; no wait on a client the caller passed in."""
    gate = _GATES.get(client)
    if gate is None:
        return contextlib.nullcontext()
    if running_asyncio_loop() is None:  # not asyncio (trio, through anyio): the gate's waiters are asyncio futures
        return contextlib.nullcontext()
    return gate.slot(timeout_seconds(request, "pool"))
