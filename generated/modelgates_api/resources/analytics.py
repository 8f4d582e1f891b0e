"""``client.analytics``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.activity_response import ActivityResponse
    from ..models.get_analytics_meta_response_200 import GetAnalyticsMetaResponse200
    from ..models.query_analytics_body_classifier_dimensions import (
        QueryAnalyticsBodyClassifierDimensions,
    )
    from ..models.query_analytics_body_classifier_filters import (
        QueryAnalyticsBodyClassifierFilters,
    )
    from ..models.query_analytics_body_filters_item import QueryAnalyticsBodyFiltersItem
    from ..models.query_analytics_body_order_by import QueryAnalyticsBodyOrderBy
    from ..models.query_analytics_body_time_range import QueryAnalyticsBodyTimeRange
    from ..models.query_analytics_response_200 import QueryAnalyticsResponse200

__all__ = ["Analytics", "AnalyticsWithRawResponse"]

_GET_USER_ACTIVITY = Operation(
    name="analytics.get_user_activity",
    http="GET /activity",
    module="api.analytics.get_user_activity",
    fields={
        "date": ("query", "date"),
        "api_key_hash": ("query", "api_key_hash"),
        "user_id": ("query", "user_id"),
        "group_by": ("query", "group_by"),
        "workspace_id": ("query", "workspace_id"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="activity_response:ActivityResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET_ANALYTICS_META = Operation(
    name="analytics.get_analytics_meta",
    http="GET /analytics/meta",
    module="api.analytics.get_analytics_meta",
    fields={},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="get_analytics_meta_response_200:GetAnalyticsMetaResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_QUERY_ANALYTICS = Operation(
    name="analytics.query_analytics",
    http="POST /analytics/query",
    module="api.analytics.query_analytics",
    fields={
        "metrics": ("body", "metrics"),
        "classifier_dimensions": ("body", "classifier_dimensions"),
        "classifier_filters": ("body", "classifier_filters"),
        "dimensions": ("body", "dimensions"),
        "filters": ("body", "filters"),
        "granularity": ("body", "granularity"),
        "group_limit": ("body", "group_limit"),
        "limit": ("body", "limit"),
        "order_by": ("body", "order_by"),
        "time_range": ("body", "time_range"),
    },
    body_class="query_analytics_body:QueryAnalyticsBody",
    whole_body=False,
    required_body=("metrics",),
    requires_auth=True,
    result_class="query_analytics_response_200:QueryAnalyticsResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Analytics:
    """Operations of the ``analytics`` group (``client.analytics``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AnalyticsWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return AnalyticsWithRawResponse(self._core.raw())

    def get_user_activity(
        self,
        *,
        date: str | None = None,
        api_key_hash: str | None = None,
        user_id: str | None = None,
        group_by: Literal["workspace"] | str | None = None,
        workspace_id: str | None = None,
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
    ) -> ActivityResponse:
        """Get user activity grouped by endpoint

        Returns user activity data grouped by endpoint for the last 30 (completed) UTC days. Pass `workspace_id` to scope the response to a single workspace. Pass `group_by=workspace` to split each row per workspace and include `workspace_id` on every item; by default rows are aggregated across workspaces and `workspace_id` is not returned. Activity recorded before workspace resolution existed is permanently attributed to the account default workspace (no backfill is possible). [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /activity`` (operationId ``getUserActivity``).

        Args:
            date (query parameter ``date``): Filter by a single UTC date in the last 30 days (YYYY-MM-DD format).
            api_key_hash (query parameter ``api_key_hash``): Filter by API key hash (SHA-256 hex string, as returned by the keys API).
            user_id (query parameter ``user_id``): Filter by org member user ID. Only applicable for organization accounts.
            group_by (query parameter ``group_by``): Set to 'workspace' to split each row per workspace and include `workspace_id` on every item. Omitted by default, in which case rows are aggregated across workspaces (by date, model, and endpoint) and `workspace_id` is not returned — preserving the historical response shape.
            workspace_id (query parameter ``workspace_id``): Filter by workspace ID (UUID). Returns only activity attributed to that workspace. The workspace must belong to the authenticated account.

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
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ActivityResponse",
            self._core.call(
                _GET_USER_ACTIVITY,
                {
                    "date": date,
                    "api_key_hash": api_key_hash,
                    "user_id": user_id,
                    "group_by": group_by,
                    "workspace_id": workspace_id,
                },
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

    async def get_user_activity_async(
        self,
        *,
        date: str | None = None,
        api_key_hash: str | None = None,
        user_id: str | None = None,
        group_by: Literal["workspace"] | str | None = None,
        workspace_id: str | None = None,
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
    ) -> ActivityResponse:
        """Get user activity grouped by endpoint

        The async twin of ``get_user_activity``.

        Returns user activity data grouped by endpoint for the last 30 (completed) UTC days. Pass `workspace_id` to scope the response to a single workspace. Pass `group_by=workspace` to split each row per workspace and include `workspace_id` on every item; by default rows are aggregated across workspaces and `workspace_id` is not returned. Activity recorded before workspace resolution existed is permanently attributed to the account default workspace (no backfill is possible). [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /activity`` (operationId ``getUserActivity``).

        Args:
            date (query parameter ``date``): Filter by a single UTC date in the last 30 days (YYYY-MM-DD format).
            api_key_hash (query parameter ``api_key_hash``): Filter by API key hash (SHA-256 hex string, as returned by the keys API).
            user_id (query parameter ``user_id``): Filter by org member user ID. Only applicable for organization accounts.
            group_by (query parameter ``group_by``): Set to 'workspace' to split each row per workspace and include `workspace_id` on every item. Omitted by default, in which case rows are aggregated across workspaces (by date, model, and endpoint) and `workspace_id` is not returned — preserving the historical response shape.
            workspace_id (query parameter ``workspace_id``): Filter by workspace ID (UUID). Returns only activity attributed to that workspace. The workspace must belong to the authenticated account.

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
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ActivityResponse",
            await self._core.call_async(
                _GET_USER_ACTIVITY,
                {
                    "date": date,
                    "api_key_hash": api_key_hash,
                    "user_id": user_id,
                    "group_by": group_by,
                    "workspace_id": workspace_id,
                },
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

    def get_analytics_meta(
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
    ) -> GetAnalyticsMetaResponse200:
        """Get available analytics metrics and dimensions

        Returns the available metrics, dimensions, filter operators, and granularities for the analytics query endpoint. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /analytics/meta`` (operationId ``getAnalyticsMeta``).

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
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetAnalyticsMetaResponse200",
            self._core.call(
                _GET_ANALYTICS_META,
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

    async def get_analytics_meta_async(
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
    ) -> GetAnalyticsMetaResponse200:
        """Get available analytics metrics and dimensions

        The async twin of ``get_analytics_meta``.

        Returns the available metrics, dimensions, filter operators, and granularities for the analytics query endpoint. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /analytics/meta`` (operationId ``getAnalyticsMeta``).

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
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetAnalyticsMetaResponse200",
            await self._core.call_async(
                _GET_ANALYTICS_META,
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

    def query_analytics(
        self,
        *,
        metrics: Sequence[str],
        classifier_dimensions: QueryAnalyticsBodyClassifierDimensions
        | Mapping[str, Any]
        | None = None,
        classifier_filters: QueryAnalyticsBodyClassifierFilters
        | Mapping[str, Any]
        | None = None,
        dimensions: Sequence[str] | None = None,
        filters: Sequence[QueryAnalyticsBodyFiltersItem | Mapping[str, Any]]
        | None = None,
        granularity: str | None = None,
        group_limit: int | None = None,
        limit: int | None = None,
        order_by: QueryAnalyticsBodyOrderBy | Mapping[str, Any] | None = None,
        time_range: QueryAnalyticsBodyTimeRange | Mapping[str, Any] | None = None,
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
    ) -> QueryAnalyticsResponse200:
        """Query analytics data

        Execute an analytics query with specified metrics, dimensions, filters, and time range. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /analytics/query`` (operationId ``queryAnalytics``).

        Args:
            metrics: (no description in the spec)
            classifier_dimensions: Group results by custom classifier tags, breaking down metrics by the specified dimension values. Requires an active classifier on the workspace.
            classifier_filters: Filter results to generations with specific classifier tag values. Can be combined with classifier_dimensions (must use the same classifier_id) or used independently with standard dimensions.
            dimensions: (no description in the spec)
            filters: (no description in the spec)
            granularity: Time granularity
            group_limit: Maximum rows per distinct combination of dimensions. When omitted on time-series queries (granularity + dimensions), auto-computed to avoid truncating time windows. Explicit values override the default and may truncate time buckets if set lower than the number of buckets in the range. Ignored when no dimensions are specified.
            limit: Maximum total rows returned. Defaults to 1000. On time-series queries with dimensions and no explicit group_limit, the server may raise this to accommodate the expected number of unique time-bucket/dimension combinations.
            order_by: (no description in the spec)
            time_range: (no description in the spec)

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
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            408: Request Timeout - Operation exceeded time limit
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "QueryAnalyticsResponse200",
            self._core.call(
                _QUERY_ANALYTICS,
                {},
                {
                    "metrics": metrics,
                    "classifier_dimensions": classifier_dimensions,
                    "classifier_filters": classifier_filters,
                    "dimensions": dimensions,
                    "filters": filters,
                    "granularity": granularity,
                    "group_limit": group_limit,
                    "limit": limit,
                    "order_by": order_by,
                    "time_range": time_range,
                },
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

    async def query_analytics_async(
        self,
        *,
        metrics: Sequence[str],
        classifier_dimensions: QueryAnalyticsBodyClassifierDimensions
        | Mapping[str, Any]
        | None = None,
        classifier_filters: QueryAnalyticsBodyClassifierFilters
        | Mapping[str, Any]
        | None = None,
        dimensions: Sequence[str] | None = None,
        filters: Sequence[QueryAnalyticsBodyFiltersItem | Mapping[str, Any]]
        | None = None,
        granularity: str | None = None,
        group_limit: int | None = None,
        limit: int | None = None,
        order_by: QueryAnalyticsBodyOrderBy | Mapping[str, Any] | None = None,
        time_range: QueryAnalyticsBodyTimeRange | Mapping[str, Any] | None = None,
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
    ) -> QueryAnalyticsResponse200:
        """Query analytics data

        The async twin of ``query_analytics``.

        Execute an analytics query with specified metrics, dimensions, filters, and time range. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /analytics/query`` (operationId ``queryAnalytics``).

        Args:
            metrics: (no description in the spec)
            classifier_dimensions: Group results by custom classifier tags, breaking down metrics by the specified dimension values. Requires an active classifier on the workspace.
            classifier_filters: Filter results to generations with specific classifier tag values. Can be combined with classifier_dimensions (must use the same classifier_id) or used independently with standard dimensions.
            dimensions: (no description in the spec)
            filters: (no description in the spec)
            granularity: Time granularity
            group_limit: Maximum rows per distinct combination of dimensions. When omitted on time-series queries (granularity + dimensions), auto-computed to avoid truncating time windows. Explicit values override the default and may truncate time buckets if set lower than the number of buckets in the range. Ignored when no dimensions are specified.
            limit: Maximum total rows returned. Defaults to 1000. On time-series queries with dimensions and no explicit group_limit, the server may raise this to accommodate the expected number of unique time-bucket/dimension combinations.
            order_by: (no description in the spec)
            time_range: (no description in the spec)

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
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            408: Request Timeout - Operation exceeded time limit
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "QueryAnalyticsResponse200",
            await self._core.call_async(
                _QUERY_ANALYTICS,
                {},
                {
                    "metrics": metrics,
                    "classifier_dimensions": classifier_dimensions,
                    "classifier_filters": classifier_filters,
                    "dimensions": dimensions,
                    "filters": filters,
                    "granularity": granularity,
                    "group_limit": group_limit,
                    "limit": limit,
                    "order_by": order_by,
                    "time_range": time_range,
                },
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


class AnalyticsWithRawResponse:
    """``client.analytics.with_raw_response``: the operations of ``Analytics``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``get_user_activity``, ``get_analytics_meta``, ``query_analytics`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Analytics(core)
        self.get_user_activity = raw_response(operations.get_user_activity)
        self.get_user_activity_async = raw_response_async(
            operations.get_user_activity_async
        )
        self.get_analytics_meta = raw_response(operations.get_analytics_meta)
        self.get_analytics_meta_async = raw_response_async(
            operations.get_analytics_meta_async
        )
        self.query_analytics = raw_response(operations.query_analytics)
        self.query_analytics_async = raw_response_async(
            operations.query_analytics_async
        )
