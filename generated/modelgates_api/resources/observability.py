"""``client.observability``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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

    from ..models.create_observability_destination_request_config import (
        CreateObservabilityDestinationRequestConfig,
    )
    from ..models.create_observability_destination_response import (
        CreateObservabilityDestinationResponse,
    )
    from ..models.delete_observability_destination_response import (
        DeleteObservabilityDestinationResponse,
    )
    from ..models.get_observability_destination_response import (
        GetObservabilityDestinationResponse,
    )
    from ..models.list_observability_destinations_response import (
        ListObservabilityDestinationsResponse,
    )
    from ..models.observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullable,
    )
    from ..models.update_observability_destination_request_config import (
        UpdateObservabilityDestinationRequestConfig,
    )
    from ..models.update_observability_destination_response import (
        UpdateObservabilityDestinationResponse,
    )

__all__ = ["Observability", "ObservabilityWithRawResponse"]

_LIST = Operation(
    name="observability.list",
    http="GET /observability/destinations",
    module="api.observability.list_observability_destinations",
    fields={
        "offset": ("query", "offset"),
        "limit": ("query", "limit"),
        "workspace_id": ("query", "workspace_id"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_observability_destinations_response:ListObservabilityDestinationsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_CREATE = Operation(
    name="observability.create",
    http="POST /observability/destinations",
    module="api.observability.create_observability_destination",
    fields={
        "config": ("body", "config"),
        "name": ("body", "name"),
        "type": ("body", "type"),
        "api_key_hashes": ("body", "api_key_hashes"),
        "broadcast_generation_cost": ("body", "broadcast_generation_cost"),
        "broadcast_generation_identity": ("body", "broadcast_generation_identity"),
        "broadcast_generation_request_context": (
            "body",
            "broadcast_generation_request_context",
        ),
        "enabled": ("body", "enabled"),
        "filter_rules": ("body", "filter_rules"),
        "privacy_mode": ("body", "privacy_mode"),
        "sampling_rate": ("body", "sampling_rate"),
        "workspace_id": ("body", "workspace_id"),
    },
    body_class="create_observability_destination_request:CreateObservabilityDestinationRequest",
    whole_body=False,
    required_body=("config", "name", "type"),
    requires_auth=True,
    result_class="create_observability_destination_response:CreateObservabilityDestinationResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_DELETE = Operation(
    name="observability.delete",
    http="DELETE /observability/destinations/{id}",
    module="api.observability.delete_observability_destination",
    fields={"id": ("path", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="delete_observability_destination_response:DeleteObservabilityDestinationResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET = Operation(
    name="observability.get",
    http="GET /observability/destinations/{id}",
    module="api.observability.get_observability_destination",
    fields={"id": ("path", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="get_observability_destination_response:GetObservabilityDestinationResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_UPDATE = Operation(
    name="observability.update",
    http="PATCH /observability/destinations/{id}",
    module="api.observability.update_observability_destination",
    fields={
        "id": ("path", "id"),
        "api_key_hashes": ("body", "api_key_hashes"),
        "broadcast_generation_cost": ("body", "broadcast_generation_cost"),
        "broadcast_generation_identity": ("body", "broadcast_generation_identity"),
        "broadcast_generation_request_context": (
            "body",
            "broadcast_generation_request_context",
        ),
        "config": ("body", "config"),
        "enabled": ("body", "enabled"),
        "filter_rules": ("body", "filter_rules"),
        "name": ("body", "name"),
        "privacy_mode": ("body", "privacy_mode"),
        "sampling_rate": ("body", "sampling_rate"),
    },
    body_class="update_observability_destination_request:UpdateObservabilityDestinationRequest",
    whole_body=False,
    requires_auth=True,
    result_class="update_observability_destination_response:UpdateObservabilityDestinationResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Observability:
    """Operations of the ``observability`` group (``client.observability``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ObservabilityWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return ObservabilityWithRawResponse(self._core.raw())

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
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
    ) -> ListObservabilityDestinationsResponse:
        """List observability destinations

        List the observability destinations configured for the authenticated entity's default workspace. Use the `workspace_id` query parameter to scope the result to a different workspace. Only destinations with stable release status are surfaced — destinations of other types are excluded. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /observability/destinations`` (operationId ``listObservabilityDestinations``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.
            workspace_id (query parameter ``workspace_id``): Optional workspace ID to filter by. Defaults to the authenticated entity's default workspace.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListObservabilityDestinationsResponse",
            self._core.call(
                _LIST,
                {"offset": offset, "limit": limit, "workspace_id": workspace_id},
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
        offset: int | None = None,
        limit: int | None = None,
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
    ) -> ListObservabilityDestinationsResponse:
        """List observability destinations

        The async twin of ``list``.

        List the observability destinations configured for the authenticated entity's default workspace. Use the `workspace_id` query parameter to scope the result to a different workspace. Only destinations with stable release status are surfaced — destinations of other types are excluded. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /observability/destinations`` (operationId ``listObservabilityDestinations``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.
            workspace_id (query parameter ``workspace_id``): Optional workspace ID to filter by. Defaults to the authenticated entity's default workspace.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListObservabilityDestinationsResponse",
            await self._core.call_async(
                _LIST,
                {"offset": offset, "limit": limit, "workspace_id": workspace_id},
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

    def create(
        self,
        *,
        config: CreateObservabilityDestinationRequestConfig | Mapping[str, Any],
        name: str,
        type: Literal[
            "arize",
            "braintrust",
            "clickhouse",
            "datadog",
            "grafana",
            "langfuse",
            "langsmith",
            "newrelic",
            "opik",
            "otel-collector",
            "posthog",
            "ramp",
            "s3",
            "sentry",
            "snowflake",
            "weave",
            "webhook",
        ]
        | str,
        api_key_hashes: Sequence[str] | None = None,
        broadcast_generation_cost: bool | None = None,
        broadcast_generation_identity: bool | None = None,
        broadcast_generation_request_context: bool | None = None,
        enabled: bool | None = None,
        filter_rules: ObservabilityFilterRulesConfigNullable
        | Mapping[str, Any]
        | None = None,
        privacy_mode: bool | None = None,
        sampling_rate: float | None = None,
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
    ) -> CreateObservabilityDestinationResponse:
        """Create an observability destination

        Create a new observability destination. A maximum of 5 destinations per type is allowed. Defaults to the authenticated entity's default workspace; use the `workspace_id` body field to scope to a different workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /observability/destinations`` (operationId ``createObservabilityDestination``).

        Args:
            config: Provider-specific configuration. The shape depends on `type` and is validated server-side.
            name: Human-readable name for the destination.
            type: The destination type. Only stable destination types are accepted.
            api_key_hashes: Optional allowlist of OpenRouter API key hashes whose traffic is forwarded. `null` or omitted means all keys. Must contain at least one hash if provided.
            broadcast_generation_cost: When true, include cost and billing generation metadata. Default: ``False``.
            broadcast_generation_identity: When true, include identity generation metadata. Default: ``False``.
            broadcast_generation_request_context: When true, include request-context generation metadata. Default: ``False``.
            enabled: Whether this destination should be enabled immediately. Default: ``True``.
            filter_rules: (no description in the spec)
            privacy_mode: When true, request/response bodies are not forwarded — only metadata. Default: ``False``.
            sampling_rate: Sampling rate between 0.0001 and 1 (1 = 100%).
            workspace_id: Optional workspace ID. Defaults to the authenticated entity's default workspace.

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
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateObservabilityDestinationResponse",
            self._core.call(
                _CREATE,
                {},
                {
                    "config": config,
                    "name": name,
                    "type": type,
                    "api_key_hashes": api_key_hashes,
                    "broadcast_generation_cost": broadcast_generation_cost,
                    "broadcast_generation_identity": broadcast_generation_identity,
                    "broadcast_generation_request_context": broadcast_generation_request_context,
                    "enabled": enabled,
                    "filter_rules": filter_rules,
                    "privacy_mode": privacy_mode,
                    "sampling_rate": sampling_rate,
                    "workspace_id": workspace_id,
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

    async def create_async(
        self,
        *,
        config: CreateObservabilityDestinationRequestConfig | Mapping[str, Any],
        name: str,
        type: Literal[
            "arize",
            "braintrust",
            "clickhouse",
            "datadog",
            "grafana",
            "langfuse",
            "langsmith",
            "newrelic",
            "opik",
            "otel-collector",
            "posthog",
            "ramp",
            "s3",
            "sentry",
            "snowflake",
            "weave",
            "webhook",
        ]
        | str,
        api_key_hashes: Sequence[str] | None = None,
        broadcast_generation_cost: bool | None = None,
        broadcast_generation_identity: bool | None = None,
        broadcast_generation_request_context: bool | None = None,
        enabled: bool | None = None,
        filter_rules: ObservabilityFilterRulesConfigNullable
        | Mapping[str, Any]
        | None = None,
        privacy_mode: bool | None = None,
        sampling_rate: float | None = None,
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
    ) -> CreateObservabilityDestinationResponse:
        """Create an observability destination

        The async twin of ``create``.

        Create a new observability destination. A maximum of 5 destinations per type is allowed. Defaults to the authenticated entity's default workspace; use the `workspace_id` body field to scope to a different workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /observability/destinations`` (operationId ``createObservabilityDestination``).

        Args:
            config: Provider-specific configuration. The shape depends on `type` and is validated server-side.
            name: Human-readable name for the destination.
            type: The destination type. Only stable destination types are accepted.
            api_key_hashes: Optional allowlist of OpenRouter API key hashes whose traffic is forwarded. `null` or omitted means all keys. Must contain at least one hash if provided.
            broadcast_generation_cost: When true, include cost and billing generation metadata. Default: ``False``.
            broadcast_generation_identity: When true, include identity generation metadata. Default: ``False``.
            broadcast_generation_request_context: When true, include request-context generation metadata. Default: ``False``.
            enabled: Whether this destination should be enabled immediately. Default: ``True``.
            filter_rules: (no description in the spec)
            privacy_mode: When true, request/response bodies are not forwarded — only metadata. Default: ``False``.
            sampling_rate: Sampling rate between 0.0001 and 1 (1 = 100%).
            workspace_id: Optional workspace ID. Defaults to the authenticated entity's default workspace.

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
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateObservabilityDestinationResponse",
            await self._core.call_async(
                _CREATE,
                {},
                {
                    "config": config,
                    "name": name,
                    "type": type,
                    "api_key_hashes": api_key_hashes,
                    "broadcast_generation_cost": broadcast_generation_cost,
                    "broadcast_generation_identity": broadcast_generation_identity,
                    "broadcast_generation_request_context": broadcast_generation_request_context,
                    "enabled": enabled,
                    "filter_rules": filter_rules,
                    "privacy_mode": privacy_mode,
                    "sampling_rate": sampling_rate,
                    "workspace_id": workspace_id,
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

    def delete(
        self,
        *,
        id: str,
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
    ) -> DeleteObservabilityDestinationResponse:
        """Delete an observability destination

        Delete an existing observability destination. This performs a soft delete. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /observability/destinations/{id}`` (operationId ``deleteObservabilityDestination``).

        Args:
            id (path parameter ``id``): The destination ID (UUID).

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "DeleteObservabilityDestinationResponse",
            self._core.call(
                _DELETE,
                {"id": id},
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

    async def delete_async(
        self,
        *,
        id: str,
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
    ) -> DeleteObservabilityDestinationResponse:
        """Delete an observability destination

        The async twin of ``delete``.

        Delete an existing observability destination. This performs a soft delete. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /observability/destinations/{id}`` (operationId ``deleteObservabilityDestination``).

        Args:
            id (path parameter ``id``): The destination ID (UUID).

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "DeleteObservabilityDestinationResponse",
            await self._core.call_async(
                _DELETE,
                {"id": id},
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

    def get(
        self,
        *,
        id: str,
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
    ) -> GetObservabilityDestinationResponse:
        """Get an observability destination

        Fetch a single observability destination by its UUID. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /observability/destinations/{id}`` (operationId ``getObservabilityDestination``).

        Args:
            id (path parameter ``id``): The destination ID (UUID).

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetObservabilityDestinationResponse",
            self._core.call(
                _GET,
                {"id": id},
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

    async def get_async(
        self,
        *,
        id: str,
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
    ) -> GetObservabilityDestinationResponse:
        """Get an observability destination

        The async twin of ``get``.

        Fetch a single observability destination by its UUID. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /observability/destinations/{id}`` (operationId ``getObservabilityDestination``).

        Args:
            id (path parameter ``id``): The destination ID (UUID).

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetObservabilityDestinationResponse",
            await self._core.call_async(
                _GET,
                {"id": id},
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

    def update(
        self,
        *,
        id: str,
        api_key_hashes: Sequence[str] | None = None,
        broadcast_generation_cost: bool | None = None,
        broadcast_generation_identity: bool | None = None,
        broadcast_generation_request_context: bool | None = None,
        config: UpdateObservabilityDestinationRequestConfig
        | Mapping[str, Any]
        | None = None,
        enabled: bool | None = None,
        filter_rules: ObservabilityFilterRulesConfigNullable
        | Mapping[str, Any]
        | None = None,
        name: str | None = None,
        privacy_mode: bool | None = None,
        sampling_rate: float | None = None,
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
    ) -> UpdateObservabilityDestinationResponse:
        """Update an observability destination

        Update an existing observability destination. Only the fields provided in the request body are updated. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /observability/destinations/{id}`` (operationId ``updateObservabilityDestination``).

        Args:
            id (path parameter ``id``): The destination ID (UUID).
            api_key_hashes: Optional allowlist of OpenRouter API key hashes. `null` clears the filter (all keys). Omitting leaves the current value. Must contain at least one hash if provided.
            broadcast_generation_cost: Whether to include cost and billing generation metadata.
            broadcast_generation_identity: Whether to include identity generation metadata.
            broadcast_generation_request_context: Whether to include request-context generation metadata.
            config: Provider-specific configuration fields to update. Masked values are ignored; unset fields keep their current value.
            enabled: Whether the destination is enabled.
            filter_rules: Optional structured filter rules. `null` clears the rules. Omitting keeps the current value.
            name: Human-readable name for the destination.
            privacy_mode: When true, request/response bodies are not forwarded — only metadata.
            sampling_rate: Sampling rate between 0.0001 and 1 (1 = 100%).

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
            403: Privacy settings are locked
            404: Not Found - Resource does not exist
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "UpdateObservabilityDestinationResponse",
            self._core.call(
                _UPDATE,
                {"id": id},
                {
                    "api_key_hashes": api_key_hashes,
                    "broadcast_generation_cost": broadcast_generation_cost,
                    "broadcast_generation_identity": broadcast_generation_identity,
                    "broadcast_generation_request_context": broadcast_generation_request_context,
                    "config": config,
                    "enabled": enabled,
                    "filter_rules": filter_rules,
                    "name": name,
                    "privacy_mode": privacy_mode,
                    "sampling_rate": sampling_rate,
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

    async def update_async(
        self,
        *,
        id: str,
        api_key_hashes: Sequence[str] | None = None,
        broadcast_generation_cost: bool | None = None,
        broadcast_generation_identity: bool | None = None,
        broadcast_generation_request_context: bool | None = None,
        config: UpdateObservabilityDestinationRequestConfig
        | Mapping[str, Any]
        | None = None,
        enabled: bool | None = None,
        filter_rules: ObservabilityFilterRulesConfigNullable
        | Mapping[str, Any]
        | None = None,
        name: str | None = None,
        privacy_mode: bool | None = None,
        sampling_rate: float | None = None,
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
    ) -> UpdateObservabilityDestinationResponse:
        """Update an observability destination

        The async twin of ``update``.

        Update an existing observability destination. Only the fields provided in the request body are updated. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /observability/destinations/{id}`` (operationId ``updateObservabilityDestination``).

        Args:
            id (path parameter ``id``): The destination ID (UUID).
            api_key_hashes: Optional allowlist of OpenRouter API key hashes. `null` clears the filter (all keys). Omitting leaves the current value. Must contain at least one hash if provided.
            broadcast_generation_cost: Whether to include cost and billing generation metadata.
            broadcast_generation_identity: Whether to include identity generation metadata.
            broadcast_generation_request_context: Whether to include request-context generation metadata.
            config: Provider-specific configuration fields to update. Masked values are ignored; unset fields keep their current value.
            enabled: Whether the destination is enabled.
            filter_rules: Optional structured filter rules. `null` clears the rules. Omitting keeps the current value.
            name: Human-readable name for the destination.
            privacy_mode: When true, request/response bodies are not forwarded — only metadata.
            sampling_rate: Sampling rate between 0.0001 and 1 (1 = 100%).

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
            403: Privacy settings are locked
            404: Not Found - Resource does not exist
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "UpdateObservabilityDestinationResponse",
            await self._core.call_async(
                _UPDATE,
                {"id": id},
                {
                    "api_key_hashes": api_key_hashes,
                    "broadcast_generation_cost": broadcast_generation_cost,
                    "broadcast_generation_identity": broadcast_generation_identity,
                    "broadcast_generation_request_context": broadcast_generation_request_context,
                    "config": config,
                    "enabled": enabled,
                    "filter_rules": filter_rules,
                    "name": name,
                    "privacy_mode": privacy_mode,
                    "sampling_rate": sampling_rate,
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


class ObservabilityWithRawResponse:
    """``client.observability.with_raw_response``: the operations of ``Observability``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``list``, ``create``, ``delete``, ``get``, ``update`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Observability(core)
        self.list = raw_response(operations.list)
        self.list_async = raw_response_async(operations.list_async)
        self.create = raw_response(operations.create)
        self.create_async = raw_response_async(operations.create_async)
        self.delete = raw_response(operations.delete)
        self.delete_async = raw_response_async(operations.delete_async)
        self.get = raw_response(operations.get)
        self.get_async = raw_response_async(operations.get_async)
        self.update = raw_response(operations.update)
        self.update_async = raw_response_async(operations.update_async)
