"""The total deadline of one sync attempt, enforced on the socket.

httpx's read timeout applies to each read, so a server that sends its status line and headers one
byte a second keeps a sync call alive for ever: every read returns within the timeout. The async
twin bounds the whole attempt with a cancel scope; a sync call has nothing to cancel it, so the
SDK's own clients (their proxy transports too) read through a network backend that shortens each
socket timeout to what is left of the attempt's deadline (set by ``attempt_deadline`` in a
contextvar: each thread, and each context a call runs in, sees only its own).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpcore
    import httpx

__all__ = ["attempt_deadline", "bounded_by_deadline", "clamped"]

# A contextvar, not a thread-local: each thread and each context that runs a call has its own.
_deadline: ContextVar[float | None] = ContextVar("modelgates_attempt_deadline", default=None)


@contextmanager
def attempt_deadline(deadline: float | None) -> Iterator[None]:
    """Every socket operation of the SDK's own clients in this context ends by ``deadline`` (monotonic)."""
    token = _deadline.set(deadline)
    try:
        yield
    finally:
        _deadline.reset(token)


def clamped(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """``timeout`` shortened to what is left of this context's attempt deadline; ``expired`` once it is past."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the whole response took longer than the timeout")
    return left if timeout is None else min(timeout, left)


def bounded_by_deadline(client: httpx.Client) -> httpx.Client:
    """``client`` with every transport (its proxies' too) reading through the deadline backend."""
    from ._network import DeadlineBackend, swap_network_backend  # httpcore: when a client is made, not on import

    swap_network_backend(client, DeadlineBackend)
    return client
