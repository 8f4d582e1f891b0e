"""``client.endpoints``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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

    from ..models.list_endpoints_response_200 import ListEndpointsResponse200
    from ..models.list_endpoints_zdr_response_200 import ListEndpointsZdrResponse200

__all__ = ["Endpoints", "EndpointsWithRawResponse"]

_LIST_ZDR_ENDPOINTS = Operation(
    name="endpoints.list_zdr_endpoints",
    http="GET /endpoints/zdr",
    module="api.endpoints.list_endpoints_zdr",
    fields={},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_endpoints_zdr_response_200:ListEndpointsZdrResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST = Operation(
    name="endpoints.list",
    http="GET /models/{author}/{slug}/endpoints",
    module="api.endpoints.list_endpoints",
    fields={"author": ("path", "author"), "slug": ("path", "slug")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_endpoints_response_200:ListEndpointsResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Endpoints:
    """Operations of the ``endpoints`` group (``client.endpoints``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> EndpointsWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return EndpointsWithRawResponse(self._core.raw())

    def list_zdr_endpoints(
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
    ) -> ListEndpointsZdrResponse200:
        """Preview the impact of ZDR on the available endpoints

        ``GET /endpoints/zdr`` (operationId ``listEndpointsZdr``).

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
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListEndpointsZdrResponse200",
            self._core.call(
                _LIST_ZDR_ENDPOINTS,
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

    async def list_zdr_endpoints_async(
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
    ) -> ListEndpointsZdrResponse200:
        """Preview the impact of ZDR on the available endpoints

        The async twin of ``list_zdr_endpoints``.

        ``GET /endpoints/zdr`` (operationId ``listEndpointsZdr``).

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
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListEndpointsZdrResponse200",
            await self._core.call_async(
                _LIST_ZDR_ENDPOINTS,
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

    def list(
        self,
        *,
        author: str,
        slug: str,
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
    ) -> ListEndpointsResponse200:
        """List all endpoints for a model

        ``GET /models/{author}/{slug}/endpoints`` (operationId ``listEndpoints``).

        Args:
            author (path parameter ``author``): The author/organization of the model
            slug (path parameter ``slug``): The model slug

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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListEndpointsResponse200",
            self._core.call(
                _LIST,
                {"author": author, "slug": slug},
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
        author: str,
        slug: str,
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
    ) -> ListEndpointsResponse200:
        """List all endpoints for a model

        The async twin of ``list``.

        ``GET /models/{author}/{slug}/endpoints`` (operationId ``listEndpoints``).

        Args:
            author (path parameter ``author``): The author/organization of the model
            slug (path parameter ``slug``): The model slug

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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListEndpointsResponse200",
            await self._core.call_async(
                _LIST,
                {"author": author, "slug": slug},
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


class EndpointsWithRawResponse:
    """``client.endpoints.with_raw_response``: the operations of ``Endpoints``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``list_zdr_endpoints``, ``list`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Endpoints(core)
        self.list_zdr_endpoints = raw_response(operations.list_zdr_endpoints)
        self.list_zdr_endpoints_async = raw_response_async(
            operations.list_zdr_endpoints_async
        )
        self.list = raw_response(operations.list)
        self.list_async = raw_response_async(operations.list_async)
