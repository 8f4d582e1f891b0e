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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from ssl import SSLContext
from typing import Any

import httpcore
import httpx

__all__ = ["attempt_deadline", "bounded_by_deadline", "swap_network_backend"]

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


def _clamped(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the whole response took longer than the timeout")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _clamped(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamped(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def swap_network_backend(client: httpx.Client | httpx.AsyncClient, wrap: Callable[[Any], Any]) -> bool:
    """Put ``wrap(backend)`` in place of the network backend of every transport of ``client``.

    That is its default transport and the proxy transports httpx mounts from ``HTTP(S)_PROXY``
    (``ALL_PROXY``...). Neither httpx nor httpcore exposes the backend: this reaches it through
    their private attributes. True only if every transport was wrapped; if a release renames
    them, nothing is changed and the regression tests of what the wrappers do fail. Only for
    the clients the SDK makes, never one the caller passed in.
    """
    transports = [getattr(client, "_transport", None), *(getattr(client, "_mounts", None) or {}).values()]
    pools = [getattr(transport, "_pool", None) for transport in transports if transport is not None]
    pool_types = (httpcore.ConnectionPool, httpcore.AsyncConnectionPool)
    if not pools or not all(
        isinstance(pool, pool_types) and getattr(pool, "_network_backend", None) is not None for pool in pools
    ):
        return False
    for pool in pools:
        pool._network_backend = wrap(pool._network_backend)  # type: ignore[union-attr]
    return True


def bounded_by_deadline(client: httpx.Client) -> httpx.Client:
    """``client`` with every transport (its proxies' too) reading through the deadline backend."""
    swap_network_backend(client, _DeadlineBackend)
    return client
