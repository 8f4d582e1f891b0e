"""The ``ModelGates`` client: settings, the HTTP clients it owns, and its resources.

Settings resolve once, in the constructor: argument, then environment variable, then default.
The API key is the exception: a callable is asked again on every request, so a rotating key
works, and a missing key is reported when a request is about to be sent.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from modelgates_api.resources import Resources

from ._deadline import bounded_by_deadline
from ._exceptions import ClientClosedError, InvalidRequestError, MissingAPIKeyError
from ._headers import AttributionHeaders, build_headers
from ._limits import Limits
from ._loops import LoopClients
from ._operation import CallOptions, Operation, call, call_async
from ._redact import Secret
from ._retry import DEFAULT_RETRY_CONFIG, Pacer, RetryConfig, check_retry_config
from ._slow_start import with_slow_start
from ._tls import default_ssl_context
from ._transport import RequestPolicy, loggable_url, send, send_async
from ._validate import check_finite_json, check_server_url, check_timeout_ms

__all__ = ["DEFAULT_SERVER_URL", "DEFAULT_TIMEOUT", "ModelGates"]

DEFAULT_SERVER_URL = "https://modelgates.ai/api/v1"
# Connecting should be quick; a TTS or reasoning call may legitimately take minutes to answer.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
_LOGGER = logging.getLogger("modelgates")

# A forked child (multiprocessing forks by default on Linux) inherits the parent's pooled connections:
# requests of both processes on one socket would interleave and each read the other's answers. Each fork
# counts here, and the clients the SDK built before the fork are left to the parent (not closed: their
# sockets are the parent's) and built again in the child, under a lock made new in the child.
_forks = [0]
_fork_reset = [threading.Lock()]


def _count_fork() -> None:
    _forks[0] += 1
    _fork_reset[0] = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_count_fork)


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    return value if value else None


def timeout_from_ms(timeout_ms: int | float) -> httpx.Timeout:
    seconds = check_timeout_ms(timeout_ms) / 1000  # NaN, inf, "3000" and <= 0 are refused
    return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_TIMEOUT.connect or seconds))


@functools.lru_cache(maxsize=256)
def _parsed_url(url: str) -> httpx.URL:
    return httpx.URL(url)


def _request_url(url: str) -> httpx.URL | str:
    """The URL of an operation's request, parsed once per distinct URL rather than by httpx on every call
    (~10 us of a call's ~400 us of CPU); one with credentials in it (user:password@) is not kept."""
    return url if "@" in url else _parsed_url(url)


def _secrets_of(api_key: str, headers: Mapping[str, str]) -> tuple[str, ...]:
    """What to redact from errors and logs: the key, and any other key ``http_headers=`` put in."""
    sent = next((v for k, v in headers.items() if k.lower() == "authorization"), "")
    other = sent.removeprefix("Bearer ").strip()
    return (api_key,) if not other or other == api_key else (api_key, other)


class _Core:
    """What the resources share: settings, HTTP clients, and the way a request is sent."""

    def __init__(
        self,
        *,
        api_key: str | Callable[[], str] | None,
        attribution: AttributionHeaders,
        server_url: str,
        timeout: httpx.Timeout | None,
        retry_config: RetryConfig,
        client: httpx.Client | None,
        async_client: httpx.AsyncClient | None,
        logger: logging.Logger,
        limits: Limits,
    ) -> None:
        self.api_key = api_key
        self.limits = limits
        self.attribution = attribution
        self.server_url = server_url.rstrip("/")
        self.timeout = timeout
        self.retry_config = retry_config
        self.logger = logger
        self.pacer = Pacer()
        self._client = client
        self._async_client = async_client
        self._creating = threading.Lock()
        self._built_in = _forks[0]  # the fork this object's clients were built in
        self.owns_client = client is None
        self.owns_async_client = async_client is None
        self._loop_clients = LoopClients(self._make_async_client)
        self.closed = False  # after close(): a call raises ClientClosedError instead of opening a new pool

    # -- HTTP clients: created on first use, so a sync-only program never builds an async one.

    @property
    def client(self) -> httpx.Client:
        self._check_open()
        if self._built_in != _forks[0]:
            self._after_fork()
        client = self._client
        if client is None:
            with self._creating:  # two threads' first calls must not build (and leak) two clients
                client = self._client
                if client is None:
                    client = self._client = bounded_by_deadline(
                        httpx.Client(
                            timeout=self.timeout or DEFAULT_TIMEOUT,
                            limits=DEFAULT_LIMITS,
                            follow_redirects=True,
                            verify=default_ssl_context(),
                        )
                    )
        return client

    def _after_fork(self) -> None:
        """In a forked child: forget the clients built in the parent (theirs to close), once."""
        with _fork_reset[0]:
            if self._built_in == _forks[0]:
                return  # another thread of this child did it
            self._creating = threading.Lock()  # the parent's may have been held at the fork
            if self.owns_client:
                self._client = None
            if self.owns_async_client:
                self._async_client = None
                self._loop_clients = LoopClients(self._make_async_client)
            self._built_in = _forks[0]

    @property
    def async_client(self) -> httpx.AsyncClient:
        self._check_open()
        if self._built_in != _forks[0]:
            self._after_fork()
        if self._async_client is None or self.owns_async_client:
            # One per running event loop (see _loops.py); _async_client is the one last used.
            self._async_client = self._loop_clients.get()
        return self._async_client

    def _make_async_client(self) -> httpx.AsyncClient:
        client = httpx.AsyncClient(
            timeout=self.timeout or DEFAULT_TIMEOUT,
            limits=DEFAULT_LIMITS,
            follow_redirects=True,
            verify=default_ssl_context(),
        )
        return with_slow_start(client, DEFAULT_LIMITS.max_connections)

    def _check_open(self) -> None:
        if self.closed:
            raise ClientClosedError("the client has been closed: make a new ModelGates() (nothing was sent)")

    def close(self) -> None:
        self.closed = True
        if self.owns_client and self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        self.closed = True
        if self.owns_async_client:
            await self._loop_clients.aclose()
            self._async_client = None
        self.close()

    # -- one request

    def resolve_api_key(self, *, required: bool = True) -> str | None:
        """The key to send (asked once of a callable); None only for an operation that works without one."""
        key = self.api_key() if callable(self.api_key) else self.api_key
        if not key:
            if not required:
                return None
            raise MissingAPIKeyError(
                "no API key: pass api_key= to ModelGates(...) or set MODELGATES_API_KEY (nothing was sent)"
            )
        if not isinstance(key, str):  # bytes would go out as "Bearer b'...'"
            raise InvalidRequestError(f"api_key must be a str, got {type(key).__name__} (nothing was sent)")
        return Secret(key)  # its repr is [REDACTED]: tracebacks with locals do not show it

    def build(
        self,
        kwargs: dict[str, Any],
        api_key: str,
        options: CallOptions,
        extra_headers: Mapping[str, str],
        *,
        stream: bool | None,
        for_async: bool,
    ) -> tuple[httpx.Request, RequestPolicy]:
        """The request and its sending policy, from the generated builder's kwargs and the call's options."""
        check_finite_json(kwargs.get("json"), "request body")
        attribution = self.attribution.merged(
            options.http_referer, options.x_open_router_title, options.x_open_router_categories
        )
        headers = build_headers(attribution=attribution, operation_headers=kwargs["headers"], extra=extra_headers)
        base = check_server_url(options.server_url, "server_url").rstrip("/") if options.server_url else self.server_url
        # The client's own timeout_ms must also reach an httpx client passed in (its default is not ours).
        timeout = timeout_from_ms(options.timeout_ms) if options.timeout_ms is not None else self.timeout
        http: httpx.Client | httpx.AsyncClient = self.async_client if for_async else self.client
        request = http.build_request(
            kwargs["method"],
            _request_url(base + kwargs["url"]),
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            files=kwargs.get("files"),
            data=kwargs.get("data"),
            headers=headers,
            timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
        )
        policy = RequestPolicy(
            retries=options.retries if options.retries is not None else self.retry_config,
            stream=stream,
            pacer=self.pacer,
            logger=self.logger,
            secrets=_secrets_of(api_key, headers) if api_key else (),
            limits=self.limits,
        )
        return request, policy

    def call(self, op: Operation, params: Mapping[str, Any], body: Any, options: CallOptions) -> Any:
        """One generated operation (``modelgates._operation``), sent through the one send loop."""
        return call(self, op, params, body, options, raw=False)

    async def call_async(self, op: Operation, params: Mapping[str, Any], body: Any, options: CallOptions) -> Any:
        return await call_async(self, op, params, body, options, raw=False)

    def send(self, request: httpx.Request, policy: RequestPolicy) -> httpx.Response:
        return send(self.client, request, policy)

    async def send_async(self, request: httpx.Request, policy: RequestPolicy) -> httpx.Response:
        return await send_async(self.async_client, request, policy)

    def raw(self) -> _RawCaller:
        return _RawCaller(self)


class _RawCaller:
    """The core behind ``with_raw_response``: the same calls, answered as ``RawResponse``."""

    def __init__(self, core: _Core) -> None:
        self._core = core

    def call(self, op: Operation, params: Mapping[str, Any], body: Any, options: CallOptions) -> Any:
        return call(self._core, op, params, body, options, raw=True)

    async def call_async(self, op: Operation, params: Mapping[str, Any], body: Any, options: CallOptions) -> Any:
        return await call_async(self._core, op, params, body, options, raw=True)

    def raw(self) -> _RawCaller:
        return self


class ModelGates(Resources):
    """Client of the ModelGates API.

    Every operation of the API is a method of a group, generated from the spec:
    ``client.tts.create_speech(...)``, ``client.chat.send(...)``, ``client.models.list()``...,
    each with an ``_async`` twin. Use it as a context manager (``with`` or ``async with``) to close the connections it
    opened; an ``httpx`` client passed in is never closed by it.
    """

    def __init__(
        self,
        api_key: str | Callable[[], str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
        server_url: str | None = None,
        timeout_ms: int | float | None = None,
        retry_config: RetryConfig | None = None,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
        debug_logger: logging.Logger | None = None,
        limits: Limits | None = None,
    ) -> None:
        if retry_config is not None:
            check_retry_config(retry_config, "retry_config")
        self._core: _Core = _Core(
            api_key=api_key if api_key else _env("MODELGATES_API_KEY"),
            attribution=AttributionHeaders(
                referer=http_referer if http_referer is not None else _env("MODELGATES_HTTP_REFERER"),
                title=x_open_router_title
                if x_open_router_title is not None
                else _env("MODELGATES_X_OPEN_ROUTER_TITLE"),
                categories=x_open_router_categories
                if x_open_router_categories is not None
                else _env("MODELGATES_X_OPEN_ROUTER_CATEGORIES"),
            ),
            server_url=check_server_url(
                server_url or _env("MODELGATES_SERVER_URL") or DEFAULT_SERVER_URL, "server_url"
            ),
            timeout=timeout_from_ms(timeout_ms) if timeout_ms is not None else None,
            retry_config=retry_config if retry_config is not None else DEFAULT_RETRY_CONFIG,
            client=client,
            async_client=async_client,
            logger=debug_logger if debug_logger is not None else _LOGGER,
            limits=limits if limits is not None else Limits(),
        )

    @property
    def server_url(self) -> str:
        return self._core.server_url

    def __repr__(self) -> str:
        key = "set" if self._core.api_key else "missing"
        shown = str(loggable_url(httpx.URL(self._core.server_url)))  # no user:password@ or ?key=
        return f"ModelGates(server_url={shown!r}, api_key=<{key}>)"

    def close(self) -> None:
        """Close the sync HTTP client this object created (not one passed in)."""
        self._core.close()

    async def aclose(self) -> None:
        """Close both HTTP clients this object created (not ones passed in)."""
        await self._core.aclose()

    def __enter__(self) -> ModelGates:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> ModelGates:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
