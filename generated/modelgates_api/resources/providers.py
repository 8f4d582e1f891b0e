"""``client.providers``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.list_providers_response_200 import ListProvidersResponse200

__all__ = ["Providers", "ProvidersWithRawResponse"]

_LIST = Operation(
    name="providers.list",
    http="GET /providers",
    module="api.providers.list_providers",
    fields={},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_providers_response_200:ListProvidersResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Providers:
    """Operations of the ``providers`` group (``client.providers``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ProvidersWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return ProvidersWithRawResponse(self._core.raw())

    def list(
        self,
        *,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> ListProvidersResponse200:
        """List all providers

        ``GET /providers`` (operationId ``listProviders``).

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListProvidersResponse200",
            self._core.call(
                _LIST,
                {},
                None,
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    async def list_async(
        self,
        *,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> ListProvidersResponse200:
        """List all providers

        The async twin of ``list``.

        ``GET /providers`` (operationId ``listProviders``).

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListProvidersResponse200",
            await self._core.call_async(
                _LIST,
                {},
                None,
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )


class ProvidersWithRawResponse:
    """``client.providers.with_raw_response``: the operations of ``Providers``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``list`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Providers(core)
        self.list = raw_response(operations.list)
        self.list_async = raw_response_async(operations.list_async)
