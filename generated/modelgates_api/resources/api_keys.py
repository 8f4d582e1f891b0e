"""``client.api_keys``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    import datetime

    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.create_keys_response_201 import CreateKeysResponse201
    from ..models.delete_keys_response_200 import DeleteKeysResponse200
    from ..models.get_current_key_response_200 import GetCurrentKeyResponse200
    from ..models.get_key_response_200 import GetKeyResponse200
    from ..models.list_response_200 import ListResponse200
    from ..models.update_keys_response_200 import UpdateKeysResponse200

__all__ = ["ApiKeys", "ApiKeysWithRawResponse"]

_GET_CURRENT_KEY_METADATA = Operation(
    name="api_keys.get_current_key_metadata",
    http="GET /key",
    module="api.api_keys.get_current_key",
    fields={},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="get_current_key_response_200:GetCurrentKeyResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST = Operation(
    name="api_keys.list",
    http="GET /keys",
    module="api.api_keys.list_",
    fields={
        "include_disabled": ("query", "include_disabled"),
        "offset": ("query", "offset"),
        "workspace_id": ("query", "workspace_id"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_response_200:ListResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_CREATE = Operation(
    name="api_keys.create",
    http="POST /keys",
    module="api.api_keys.create_keys",
    fields={
        "name": ("body", "name"),
        "creator_user_id": ("body", "creator_user_id"),
        "expires_at": ("body", "expires_at"),
        "include_byok_in_limit": ("body", "include_byok_in_limit"),
        "limit": ("body", "limit"),
        "limit_reset": ("body", "limit_reset"),
        "workspace_id": ("body", "workspace_id"),
    },
    body_class="create_keys_body:CreateKeysBody",
    whole_body=False,
    required_body=("name",),
    requires_auth=True,
    result_class="create_keys_response_201:CreateKeysResponse201",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_DELETE = Operation(
    name="api_keys.delete",
    http="DELETE /keys/{hash}",
    module="api.api_keys.delete_keys",
    fields={"hash": ("path", "hash")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="delete_keys_response_200:DeleteKeysResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET = Operation(
    name="api_keys.get",
    http="GET /keys/{hash}",
    module="api.api_keys.get_key",
    fields={"hash": ("path", "hash")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="get_key_response_200:GetKeyResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_UPDATE = Operation(
    name="api_keys.update",
    http="PATCH /keys/{hash}",
    module="api.api_keys.update_keys",
    fields={
        "hash": ("path", "hash"),
        "disabled": ("body", "disabled"),
        "include_byok_in_limit": ("body", "include_byok_in_limit"),
        "limit": ("body", "limit"),
        "limit_reset": ("body", "limit_reset"),
        "name": ("body", "name"),
    },
    body_class="update_keys_body:UpdateKeysBody",
    whole_body=False,
    requires_auth=True,
    result_class="update_keys_response_200:UpdateKeysResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class ApiKeys:
    """Operations of the ``api_keys`` group (``client.api_keys``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ApiKeysWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return ApiKeysWithRawResponse(self._core.raw())

    def get_current_key_metadata(
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
    ) -> GetCurrentKeyResponse200:
        """Get current API key

        Get information on the API key associated with the current authentication session

        ``GET /key`` (operationId ``getCurrentKey``).

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetCurrentKeyResponse200",
            self._core.call(
                _GET_CURRENT_KEY_METADATA,
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

    async def get_current_key_metadata_async(
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
    ) -> GetCurrentKeyResponse200:
        """Get current API key

        The async twin of ``get_current_key_metadata``.

        Get information on the API key associated with the current authentication session

        ``GET /key`` (operationId ``getCurrentKey``).

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetCurrentKeyResponse200",
            await self._core.call_async(
                _GET_CURRENT_KEY_METADATA,
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
        include_disabled: str | None = None,
        offset: int | None = None,
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
    ) -> ListResponse200:
        """List API keys

        List all API keys for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /keys`` (operationId ``list``).

        Args:
            include_disabled (query parameter ``include_disabled``): Whether to include disabled API keys in the response
            offset (query parameter ``offset``): Number of API keys to skip for pagination
            workspace_id (query parameter ``workspace_id``): Filter API keys by workspace ID. By default, keys in the default workspace are returned.

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
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListResponse200",
            self._core.call(
                _LIST,
                {
                    "include_disabled": include_disabled,
                    "offset": offset,
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

    async def list_async(
        self,
        *,
        include_disabled: str | None = None,
        offset: int | None = None,
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
    ) -> ListResponse200:
        """List API keys

        The async twin of ``list``.

        List all API keys for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /keys`` (operationId ``list``).

        Args:
            include_disabled (query parameter ``include_disabled``): Whether to include disabled API keys in the response
            offset (query parameter ``offset``): Number of API keys to skip for pagination
            workspace_id (query parameter ``workspace_id``): Filter API keys by workspace ID. By default, keys in the default workspace are returned.

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
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListResponse200",
            await self._core.call_async(
                _LIST,
                {
                    "include_disabled": include_disabled,
                    "offset": offset,
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

    def create(
        self,
        *,
        name: str,
        creator_user_id: str | None = None,
        expires_at: datetime.datetime | None = None,
        include_byok_in_limit: bool | None = None,
        limit: float | None = None,
        limit_reset: None | Literal["daily", "monthly", "weekly"] | str = None,
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
    ) -> CreateKeysResponse201:
        """Create a new API key

        Create a new API key for the authenticated user. The plaintext `key` is returned only in this response. Treat it as a write-only, sensitive value; it cannot be retrieved later. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /keys`` (operationId ``createKeys``).

        Args:
            name: Name for the new API key
            creator_user_id: Optional user ID of the key creator. Only meaningful for organization-owned keys where a specific member is creating the key.
            expires_at: Optional ISO 8601 UTC timestamp when the API key should expire. Must be UTC, other timezones will be rejected
            include_byok_in_limit: Whether to include BYOK usage in the limit
            limit: Optional spending limit for the API key in USD
            limit_reset: Type of limit reset for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
            workspace_id: The workspace to create the API key in. Defaults to the default workspace if not provided.

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
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateKeysResponse201",
            self._core.call(
                _CREATE,
                {},
                {
                    "name": name,
                    "creator_user_id": creator_user_id,
                    "expires_at": expires_at,
                    "include_byok_in_limit": include_byok_in_limit,
                    "limit": limit,
                    "limit_reset": limit_reset,
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
        name: str,
        creator_user_id: str | None = None,
        expires_at: datetime.datetime | None = None,
        include_byok_in_limit: bool | None = None,
        limit: float | None = None,
        limit_reset: None | Literal["daily", "monthly", "weekly"] | str = None,
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
    ) -> CreateKeysResponse201:
        """Create a new API key

        The async twin of ``create``.

        Create a new API key for the authenticated user. The plaintext `key` is returned only in this response. Treat it as a write-only, sensitive value; it cannot be retrieved later. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /keys`` (operationId ``createKeys``).

        Args:
            name: Name for the new API key
            creator_user_id: Optional user ID of the key creator. Only meaningful for organization-owned keys where a specific member is creating the key.
            expires_at: Optional ISO 8601 UTC timestamp when the API key should expire. Must be UTC, other timezones will be rejected
            include_byok_in_limit: Whether to include BYOK usage in the limit
            limit: Optional spending limit for the API key in USD
            limit_reset: Type of limit reset for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
            workspace_id: The workspace to create the API key in. Defaults to the default workspace if not provided.

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
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateKeysResponse201",
            await self._core.call_async(
                _CREATE,
                {},
                {
                    "name": name,
                    "creator_user_id": creator_user_id,
                    "expires_at": expires_at,
                    "include_byok_in_limit": include_byok_in_limit,
                    "limit": limit,
                    "limit_reset": limit_reset,
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
        hash: str,
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
    ) -> DeleteKeysResponse200:
        """Delete an API key

        Delete an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /keys/{hash}`` (operationId ``deleteKeys``).

        Args:
            hash (path parameter ``hash``): The hash identifier of the API key to delete

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
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "DeleteKeysResponse200",
            self._core.call(
                _DELETE,
                {"hash_": hash},
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
        hash: str,
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
    ) -> DeleteKeysResponse200:
        """Delete an API key

        The async twin of ``delete``.

        Delete an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /keys/{hash}`` (operationId ``deleteKeys``).

        Args:
            hash (path parameter ``hash``): The hash identifier of the API key to delete

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
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "DeleteKeysResponse200",
            await self._core.call_async(
                _DELETE,
                {"hash_": hash},
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
        hash: str,
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
    ) -> GetKeyResponse200:
        """Get a single API key

        Get a single API key by hash. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /keys/{hash}`` (operationId ``getKey``).

        Args:
            hash (path parameter ``hash``): The hash identifier of the API key to retrieve

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
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetKeyResponse200",
            self._core.call(
                _GET,
                {"hash_": hash},
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
        hash: str,
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
    ) -> GetKeyResponse200:
        """Get a single API key

        The async twin of ``get``.

        Get a single API key by hash. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /keys/{hash}`` (operationId ``getKey``).

        Args:
            hash (path parameter ``hash``): The hash identifier of the API key to retrieve

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
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetKeyResponse200",
            await self._core.call_async(
                _GET,
                {"hash_": hash},
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
        hash: str,
        disabled: bool | None = None,
        include_byok_in_limit: bool | None = None,
        limit: float | None = None,
        limit_reset: None | Literal["daily", "monthly", "weekly"] | str = None,
        name: str | None = None,
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
    ) -> UpdateKeysResponse200:
        """Update an API key

        Update an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /keys/{hash}`` (operationId ``updateKeys``).

        Args:
            hash (path parameter ``hash``): The hash identifier of the API key to update
            disabled: Whether to disable the API key
            include_byok_in_limit: Whether to include BYOK usage in the limit
            limit: New spending limit for the API key in USD
            limit_reset: New limit reset type for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
            name: New name for the API key

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
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "UpdateKeysResponse200",
            self._core.call(
                _UPDATE,
                {"hash_": hash},
                {
                    "disabled": disabled,
                    "include_byok_in_limit": include_byok_in_limit,
                    "limit": limit,
                    "limit_reset": limit_reset,
                    "name": name,
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
        hash: str,
        disabled: bool | None = None,
        include_byok_in_limit: bool | None = None,
        limit: float | None = None,
        limit_reset: None | Literal["daily", "monthly", "weekly"] | str = None,
        name: str | None = None,
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
    ) -> UpdateKeysResponse200:
        """Update an API key

        The async twin of ``update``.

        Update an existing API key. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /keys/{hash}`` (operationId ``updateKeys``).

        Args:
            hash (path parameter ``hash``): The hash identifier of the API key to update
            disabled: Whether to disable the API key
            include_byok_in_limit: Whether to include BYOK usage in the limit
            limit: New spending limit for the API key in USD
            limit_reset: New limit reset type for the API key (daily, weekly, monthly, or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
            name: New name for the API key

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
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "UpdateKeysResponse200",
            await self._core.call_async(
                _UPDATE,
                {"hash_": hash},
                {
                    "disabled": disabled,
                    "include_byok_in_limit": include_byok_in_limit,
                    "limit": limit,
                    "limit_reset": limit_reset,
                    "name": name,
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


class ApiKeysWithRawResponse:
    """``client.api_keys.with_raw_response``: the operations of ``ApiKeys``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``get_current_key_metadata``, ``list``, ``create``, ``delete``, ``get``, ``update`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = ApiKeys(core)
        self.get_current_key_metadata = raw_response(
            operations.get_current_key_metadata
        )
        self.get_current_key_metadata_async = raw_response_async(
            operations.get_current_key_metadata_async
        )
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
