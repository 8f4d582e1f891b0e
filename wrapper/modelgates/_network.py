"""The network backends the SDK's own clients read through: httpcore's, wrapped, and how they are put in place.

Sync clients read through ``DeadlineBackend`` (each socket operation ends by the attempt's deadline,
``_deadline.py``); async ones count their connections through ``CountingBackend`` (``_slow_start.py``).
Imported when the SDK makes a client, not with the package: ``import httpx`` does not import
httpcore (h11, anyio) either, ~15-20 ms of an ``import modelgates`` that never sends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from ssl import SSLContext
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from ._deadline import clamped

if TYPE_CHECKING:
    from ._slow_start import SlowStart

__all__ = ["CountingBackend", "DeadlineBackend", "swap_network_backend"]


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, clamped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, clamped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, clamped(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
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
        timeout = clamped(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _CountedStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream, gate: SlowStart, *, counted: bool = False) -> None:
        self._inner = inner
        self._gate: SlowStart | None = gate
        if not counted:
            gate.opened()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        gate, self._gate = self._gate, None
        if gate is not None:
            gate.closed()
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        gate, self._gate = self._gate, None  # the TLS stream is the same connection: counted once
        try:
            inner = await self._inner.start_tls(ssl_context, server_hostname, timeout)
        except BaseException:
            if gate is not None:
                gate.closed()  # a refused handshake leaves no connection behind
            raise
        return inner if gate is None else _CountedStream(inner, gate, counted=True)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class CountingBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend, gate: SlowStart) -> None:
        self._inner = inner
        self._gate = gate

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _CountedStream(stream, self._gate)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


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
