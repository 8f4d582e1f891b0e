"""One ``httpx.AsyncClient`` per running event loop.

An async client's pooled connections belong to the loop that opened them: used from the next
``asyncio.run()`` they raise "Event loop is closed", and from a loop in another thread "bound to a
different event loop" (or hang). So each loop gets its own client, made on its first call there.

Each client is closed inside its own loop when that loop ends: an async generator, suspended at its
first ``yield``, is registered with the loop (as every async generator is), and ``asyncio.run()``
closes such generators before closing the loop (``shutdown_asyncgens``), which runs its
``finally: await client.aclose()``. A loop closed some other way leaves its client to be dropped.
"""

from __future__ import annotations

import sys
import threading
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import asyncio

__all__ = ["LoopClients", "running_asyncio_loop"]


async def _closed_with_the_loop(client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await client.aclose()


def running_asyncio_loop() -> asyncio.AbstractEventLoop | None:
    """The asyncio loop running this code; None under trio (through anyio) or outside any loop.

    Read from ``sys.modules``, not imported: no asyncio loop runs before asyncio is imported, and a
    sync-only program (a script, a CLI) then never pays asyncio's import (~25 ms with its dependencies).
    """
    module = sys.modules.get("asyncio")
    if module is None:
        return None
    try:
        loop: asyncio.AbstractEventLoop = module.get_running_loop()
    except RuntimeError:
        return None
    return loop


class _Entry:
    __slots__ = ("client", "closer", "loop")

    def __init__(self, loop: asyncio.AbstractEventLoop | None, client: httpx.AsyncClient) -> None:
        self.loop = weakref.ref(loop) if loop is not None else None
        self.client = client
        self.closer: AsyncGenerator[None, None] | None = None
        if loop is not None:
            closer = _closed_with_the_loop(client)
            step = closer.__anext__()  # registers the generator with the running loop
            try:
                step.send(None)  # runs it to its first yield (nothing there awaits)
            except StopIteration:
                self.closer = closer  # kept alive here; the loop closes it at its end

    def ended(self) -> bool:
        if self.loop is None:
            return False
        loop = self.loop()
        return loop is None or loop.is_closed()


class LoopClients:
    """``get()``: the client of the running loop, made by ``make`` on first use there."""

    def __init__(self, make: Callable[[], httpx.AsyncClient]) -> None:
        self._make = make
        self._lock = threading.Lock()  # loops in several threads share this object
        self._entries: dict[int, _Entry] = {}

    def get(self) -> httpx.AsyncClient:
        loop = running_asyncio_loop()
        key = id(loop)
        with self._lock:
            for other, entry in list(self._entries.items()):
                if entry.ended():  # its connections died with its loop (the loop closed them)
                    del self._entries[other]
            found = self._entries.get(key)
            if found is None:
                found = self._entries[key] = _Entry(loop, self._make())
            return found.client

    async def aclose(self) -> None:
        """Close the running loop's client now; those of loops still running elsewhere close
        with their loops (a client may only be closed from its own loop)."""
        with self._lock:
            entry = self._entries.pop(id(running_asyncio_loop()), None)
            self._entries.clear()
        if entry is not None:
            closer, entry.closer = entry.closer, None
            if closer is not None:
                await closer.aclose()  # runs its finally: client.aclose()
            else:
                await entry.client.aclose()
