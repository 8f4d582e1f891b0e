"""``client.workspaces``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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

    from ..models.bulk_add_workspace_members_response import (
        BulkAddWorkspaceMembersResponse,
    )
    from ..models.bulk_remove_workspace_members_response import (
        BulkRemoveWorkspaceMembersResponse,
    )
    from ..models.create_workspace_response import CreateWorkspaceResponse
    from ..models.delete_workspace_budget_response import DeleteWorkspaceBudgetResponse
    from ..models.delete_workspace_response import DeleteWorkspaceResponse
    from ..models.get_workspace_budget_response import GetWorkspaceBudgetResponse
    from ..models.get_workspace_response import GetWorkspaceResponse
    from ..models.list_workspace_budgets_response import ListWorkspaceBudgetsResponse
    from ..models.list_workspace_members_response import ListWorkspaceMembersResponse
    from ..models.list_workspaces_response import ListWorkspacesResponse
    from ..models.update_workspace_response import UpdateWorkspaceResponse
    from ..models.upsert_workspace_budget_response import UpsertWorkspaceBudgetResponse

__all__ = ["Workspaces", "WorkspacesWithRawResponse"]

_LIST = Operation(
    name="workspaces.list",
    http="GET /workspaces",
    module="api.workspaces.list_workspaces",
    fields={"offset": ("query", "offset"), "limit": ("query", "limit")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_workspaces_response:ListWorkspacesResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_CREATE = Operation(
    name="workspaces.create",
    http="POST /workspaces",
    module="api.workspaces.create_workspace",
    fields={
        "name": ("body", "name"),
        "slug": ("body", "slug"),
        "default_image_model": ("body", "default_image_model"),
        "default_provider_sort": ("body", "default_provider_sort"),
        "default_text_model": ("body", "default_text_model"),
        "description": ("body", "description"),
        "io_logging_api_key_ids": ("body", "io_logging_api_key_ids"),
        "io_logging_sampling_rate": ("body", "io_logging_sampling_rate"),
        "is_data_discount_logging_enabled": (
            "body",
            "is_data_discount_logging_enabled",
        ),
        "is_observability_broadcast_enabled": (
            "body",
            "is_observability_broadcast_enabled",
        ),
        "is_observability_io_logging_enabled": (
            "body",
            "is_observability_io_logging_enabled",
        ),
    },
    body_class="create_workspace_request:CreateWorkspaceRequest",
    whole_body=False,
    required_body=("name", "slug"),
    requires_auth=True,
    result_class="create_workspace_response:CreateWorkspaceResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_DELETE = Operation(
    name="workspaces.delete",
    http="DELETE /workspaces/{id}",
    module="api.workspaces.delete_workspace",
    fields={"id": ("path", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="delete_workspace_response:DeleteWorkspaceResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET = Operation(
    name="workspaces.get",
    http="GET /workspaces/{id}",
    module="api.workspaces.get_workspace",
    fields={"id": ("path", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="get_workspace_response:GetWorkspaceResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_UPDATE = Operation(
    name="workspaces.update",
    http="PATCH /workspaces/{id}",
    module="api.workspaces.update_workspace",
    fields={
        "id": ("path", "id"),
        "default_image_model": ("body", "default_image_model"),
        "default_provider_sort": ("body", "default_provider_sort"),
        "default_text_model": ("body", "default_text_model"),
        "description": ("body", "description"),
        "io_logging_api_key_ids": ("body", "io_logging_api_key_ids"),
        "io_logging_sampling_rate": ("body", "io_logging_sampling_rate"),
        "is_data_discount_logging_enabled": (
            "body",
            "is_data_discount_logging_enabled",
        ),
        "is_observability_broadcast_enabled": (
            "body",
            "is_observability_broadcast_enabled",
        ),
        "is_observability_io_logging_enabled": (
            "body",
            "is_observability_io_logging_enabled",
        ),
        "name": ("body", "name"),
        "slug": ("body", "slug"),
    },
    body_class="update_workspace_request:UpdateWorkspaceRequest",
    whole_body=False,
    requires_auth=True,
    result_class="update_workspace_response:UpdateWorkspaceResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_BUDGETS = Operation(
    name="workspaces.list_budgets",
    http="GET /workspaces/{id}/budgets",
    module="api.workspaces.list_workspace_budgets",
    fields={"id": ("path", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_workspace_budgets_response:ListWorkspaceBudgetsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_DELETE_BUDGET = Operation(
    name="workspaces.delete_budget",
    http="DELETE /workspaces/{id}/budgets/{interval}",
    module="api.workspaces.delete_workspace_budget",
    fields={"id": ("path", "id"), "interval": ("path", "interval")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="delete_workspace_budget_response:DeleteWorkspaceBudgetResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET_BUDGET = Operation(
    name="workspaces.get_budget",
    http="GET /workspaces/{id}/budgets/{interval}",
    module="api.workspaces.get_workspace_budget",
    fields={"id": ("path", "id"), "interval": ("path", "interval")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="get_workspace_budget_response:GetWorkspaceBudgetResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_SET_BUDGET = Operation(
    name="workspaces.set_budget",
    http="PUT /workspaces/{id}/budgets/{interval}",
    module="api.workspaces.upsert_workspace_budget",
    fields={
        "id": ("path", "id"),
        "interval": ("path", "interval"),
        "limit_usd": ("body", "limit_usd"),
        "include_byok_in_budgets": ("body", "include_byok_in_budgets"),
    },
    body_class="upsert_workspace_budget_request:UpsertWorkspaceBudgetRequest",
    whole_body=False,
    required_body=("limit_usd",),
    requires_auth=True,
    result_class="upsert_workspace_budget_response:UpsertWorkspaceBudgetResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_MEMBERS = Operation(
    name="workspaces.list_members",
    http="GET /workspaces/{id}/members",
    module="api.workspaces.list_workspace_members",
    fields={
        "id": ("path", "id"),
        "offset": ("query", "offset"),
        "limit": ("query", "limit"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_workspace_members_response:ListWorkspaceMembersResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_BULK_ADD_MEMBERS = Operation(
    name="workspaces.bulk_add_members",
    http="POST /workspaces/{id}/members/add",
    module="api.workspaces.bulk_add_workspace_members",
    fields={"id": ("path", "id"), "user_ids": ("body", "user_ids")},
    body_class="bulk_add_workspace_members_request:BulkAddWorkspaceMembersRequest",
    whole_body=False,
    required_body=("user_ids",),
    requires_auth=True,
    result_class="bulk_add_workspace_members_response:BulkAddWorkspaceMembersResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_BULK_REMOVE_MEMBERS = Operation(
    name="workspaces.bulk_remove_members",
    http="POST /workspaces/{id}/members/remove",
    module="api.workspaces.bulk_remove_workspace_members",
    fields={"id": ("path", "id"), "user_ids": ("body", "user_ids")},
    body_class="bulk_remove_workspace_members_request:BulkRemoveWorkspaceMembersRequest",
    whole_body=False,
    required_body=("user_ids",),
    requires_auth=True,
    result_class="bulk_remove_workspace_members_response:BulkRemoveWorkspaceMembersResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Workspaces:
    """Operations of the ``workspaces`` group (``client.workspaces``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> WorkspacesWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return WorkspacesWithRawResponse(self._core.raw())

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
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
    ) -> ListWorkspacesResponse:
        """List workspaces

        List all workspaces for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /workspaces`` (operationId ``listWorkspaces``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.

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
            "ListWorkspacesResponse",
            self._core.call(
                _LIST,
                {"offset": offset, "limit": limit},
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
    ) -> ListWorkspacesResponse:
        """List workspaces

        The async twin of ``list``.

        List all workspaces for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /workspaces`` (operationId ``listWorkspaces``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.

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
            "ListWorkspacesResponse",
            await self._core.call_async(
                _LIST,
                {"offset": offset, "limit": limit},
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
        slug: str,
        default_image_model: str | None = None,
        default_provider_sort: str | None = None,
        default_text_model: str | None = None,
        description: str | None = None,
        io_logging_api_key_ids: Sequence[int] | None = None,
        io_logging_sampling_rate: float | None = None,
        is_data_discount_logging_enabled: bool | None = None,
        is_observability_broadcast_enabled: bool | None = None,
        is_observability_io_logging_enabled: bool | None = None,
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
    ) -> CreateWorkspaceResponse:
        """Create a workspace

        Create a new workspace for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /workspaces`` (operationId ``createWorkspace``).

        Args:
            name: Name for the new workspace
            slug: URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no leading/trailing hyphens)
            default_image_model: Default image model for this workspace
            default_provider_sort: Default provider sort preference (price, throughput, latency, exacto)
            default_text_model: Default text model for this workspace
            description: Description of the workspace
            io_logging_api_key_ids: Optional array of API key IDs to filter I/O logging
            io_logging_sampling_rate: Sampling rate for I/O logging (0.0001-1)
            is_data_discount_logging_enabled: Whether data discount logging is enabled
            is_observability_broadcast_enabled: Whether broadcast is enabled
            is_observability_io_logging_enabled: Whether private logging is enabled

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateWorkspaceResponse",
            self._core.call(
                _CREATE,
                {},
                {
                    "name": name,
                    "slug": slug,
                    "default_image_model": default_image_model,
                    "default_provider_sort": default_provider_sort,
                    "default_text_model": default_text_model,
                    "description": description,
                    "io_logging_api_key_ids": io_logging_api_key_ids,
                    "io_logging_sampling_rate": io_logging_sampling_rate,
                    "is_data_discount_logging_enabled": is_data_discount_logging_enabled,
                    "is_observability_broadcast_enabled": is_observability_broadcast_enabled,
                    "is_observability_io_logging_enabled": is_observability_io_logging_enabled,
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
        slug: str,
        default_image_model: str | None = None,
        default_provider_sort: str | None = None,
        default_text_model: str | None = None,
        description: str | None = None,
        io_logging_api_key_ids: Sequence[int] | None = None,
        io_logging_sampling_rate: float | None = None,
        is_data_discount_logging_enabled: bool | None = None,
        is_observability_broadcast_enabled: bool | None = None,
        is_observability_io_logging_enabled: bool | None = None,
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
    ) -> CreateWorkspaceResponse:
        """Create a workspace

        The async twin of ``create``.

        Create a new workspace for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /workspaces`` (operationId ``createWorkspace``).

        Args:
            name: Name for the new workspace
            slug: URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no leading/trailing hyphens)
            default_image_model: Default image model for this workspace
            default_provider_sort: Default provider sort preference (price, throughput, latency, exacto)
            default_text_model: Default text model for this workspace
            description: Description of the workspace
            io_logging_api_key_ids: Optional array of API key IDs to filter I/O logging
            io_logging_sampling_rate: Sampling rate for I/O logging (0.0001-1)
            is_data_discount_logging_enabled: Whether data discount logging is enabled
            is_observability_broadcast_enabled: Whether broadcast is enabled
            is_observability_io_logging_enabled: Whether private logging is enabled

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateWorkspaceResponse",
            await self._core.call_async(
                _CREATE,
                {},
                {
                    "name": name,
                    "slug": slug,
                    "default_image_model": default_image_model,
                    "default_provider_sort": default_provider_sort,
                    "default_text_model": default_text_model,
                    "description": description,
                    "io_logging_api_key_ids": io_logging_api_key_ids,
                    "io_logging_sampling_rate": io_logging_sampling_rate,
                    "is_data_discount_logging_enabled": is_data_discount_logging_enabled,
                    "is_observability_broadcast_enabled": is_observability_broadcast_enabled,
                    "is_observability_io_logging_enabled": is_observability_io_logging_enabled,
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
    ) -> DeleteWorkspaceResponse:
        """Delete a workspace

        Delete an existing workspace. Workspaces with active API keys cannot be deleted; remove the keys first. Deleting the default workspace is not yet generally available; callers not enabled for it receive a 403 while the capability rolls out. Deleting any workspace permanently deletes its budgets and guardrails and disables its classifiers and broadcast destinations. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /workspaces/{id}`` (operationId ``deleteWorkspace``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug

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
            "DeleteWorkspaceResponse",
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
    ) -> DeleteWorkspaceResponse:
        """Delete a workspace

        The async twin of ``delete``.

        Delete an existing workspace. Workspaces with active API keys cannot be deleted; remove the keys first. Deleting the default workspace is not yet generally available; callers not enabled for it receive a 403 while the capability rolls out. Deleting any workspace permanently deletes its budgets and guardrails and disables its classifiers and broadcast destinations. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /workspaces/{id}`` (operationId ``deleteWorkspace``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug

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
            "DeleteWorkspaceResponse",
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
    ) -> GetWorkspaceResponse:
        """Get a workspace

        Get a single workspace by ID or slug. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /workspaces/{id}`` (operationId ``getWorkspace``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug

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
            "GetWorkspaceResponse",
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
    ) -> GetWorkspaceResponse:
        """Get a workspace

        The async twin of ``get``.

        Get a single workspace by ID or slug. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /workspaces/{id}`` (operationId ``getWorkspace``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug

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
            "GetWorkspaceResponse",
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
        default_image_model: str | None = None,
        default_provider_sort: str | None = None,
        default_text_model: str | None = None,
        description: str | None = None,
        io_logging_api_key_ids: Sequence[int] | None = None,
        io_logging_sampling_rate: float | None = None,
        is_data_discount_logging_enabled: bool | None = None,
        is_observability_broadcast_enabled: bool | None = None,
        is_observability_io_logging_enabled: bool | None = None,
        name: str | None = None,
        slug: str | None = None,
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
    ) -> UpdateWorkspaceResponse:
        """Update a workspace

        Update an existing workspace by ID or slug. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /workspaces/{id}`` (operationId ``updateWorkspace``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            default_image_model: Default image model for this workspace
            default_provider_sort: Default provider sort preference (price, throughput, latency, exacto)
            default_text_model: Default text model for this workspace
            description: New description for the workspace
            io_logging_api_key_ids: Optional array of API key IDs to filter I/O logging
            io_logging_sampling_rate: Sampling rate for I/O logging (0.0001-1)
            is_data_discount_logging_enabled: Whether data discount logging is enabled
            is_observability_broadcast_enabled: Whether broadcast is enabled
            is_observability_io_logging_enabled: Whether private logging is enabled
            name: New name for the workspace
            slug: New URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no leading/trailing hyphens)

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
            "UpdateWorkspaceResponse",
            self._core.call(
                _UPDATE,
                {"id": id},
                {
                    "default_image_model": default_image_model,
                    "default_provider_sort": default_provider_sort,
                    "default_text_model": default_text_model,
                    "description": description,
                    "io_logging_api_key_ids": io_logging_api_key_ids,
                    "io_logging_sampling_rate": io_logging_sampling_rate,
                    "is_data_discount_logging_enabled": is_data_discount_logging_enabled,
                    "is_observability_broadcast_enabled": is_observability_broadcast_enabled,
                    "is_observability_io_logging_enabled": is_observability_io_logging_enabled,
                    "name": name,
                    "slug": slug,
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
        default_image_model: str | None = None,
        default_provider_sort: str | None = None,
        default_text_model: str | None = None,
        description: str | None = None,
        io_logging_api_key_ids: Sequence[int] | None = None,
        io_logging_sampling_rate: float | None = None,
        is_data_discount_logging_enabled: bool | None = None,
        is_observability_broadcast_enabled: bool | None = None,
        is_observability_io_logging_enabled: bool | None = None,
        name: str | None = None,
        slug: str | None = None,
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
    ) -> UpdateWorkspaceResponse:
        """Update a workspace

        The async twin of ``update``.

        Update an existing workspace by ID or slug. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /workspaces/{id}`` (operationId ``updateWorkspace``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            default_image_model: Default image model for this workspace
            default_provider_sort: Default provider sort preference (price, throughput, latency, exacto)
            default_text_model: Default text model for this workspace
            description: New description for the workspace
            io_logging_api_key_ids: Optional array of API key IDs to filter I/O logging
            io_logging_sampling_rate: Sampling rate for I/O logging (0.0001-1)
            is_data_discount_logging_enabled: Whether data discount logging is enabled
            is_observability_broadcast_enabled: Whether broadcast is enabled
            is_observability_io_logging_enabled: Whether private logging is enabled
            name: New name for the workspace
            slug: New URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no leading/trailing hyphens)

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
            "UpdateWorkspaceResponse",
            await self._core.call_async(
                _UPDATE,
                {"id": id},
                {
                    "default_image_model": default_image_model,
                    "default_provider_sort": default_provider_sort,
                    "default_text_model": default_text_model,
                    "description": description,
                    "io_logging_api_key_ids": io_logging_api_key_ids,
                    "io_logging_sampling_rate": io_logging_sampling_rate,
                    "is_data_discount_logging_enabled": is_data_discount_logging_enabled,
                    "is_observability_broadcast_enabled": is_observability_broadcast_enabled,
                    "is_observability_io_logging_enabled": is_observability_io_logging_enabled,
                    "name": name,
                    "slug": slug,
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

    def list_budgets(
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
    ) -> ListWorkspaceBudgetsResponse:
        """List workspace budgets

        List all budgets configured for a workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /workspaces/{id}/budgets`` (operationId ``listWorkspaceBudgets``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug

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
            "ListWorkspaceBudgetsResponse",
            self._core.call(
                _LIST_BUDGETS,
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

    async def list_budgets_async(
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
    ) -> ListWorkspaceBudgetsResponse:
        """List workspace budgets

        The async twin of ``list_budgets``.

        List all budgets configured for a workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /workspaces/{id}/budgets`` (operationId ``listWorkspaceBudgets``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug

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
            "ListWorkspaceBudgetsResponse",
            await self._core.call_async(
                _LIST_BUDGETS,
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

    def delete_budget(
        self,
        *,
        id: str,
        interval: Literal["daily", "lifetime", "monthly", "weekly"] | str,
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
    ) -> DeleteWorkspaceBudgetResponse:
        """Delete a workspace budget

        Remove the budget for a given interval. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /workspaces/{id}/budgets/{interval}`` (operationId ``deleteWorkspaceBudget``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            interval (path parameter ``interval``): Budget reset interval. Use "lifetime" for a one-time budget that never resets.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "DeleteWorkspaceBudgetResponse",
            self._core.call(
                _DELETE_BUDGET,
                {"id": id, "interval": interval},
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

    async def delete_budget_async(
        self,
        *,
        id: str,
        interval: Literal["daily", "lifetime", "monthly", "weekly"] | str,
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
    ) -> DeleteWorkspaceBudgetResponse:
        """Delete a workspace budget

        The async twin of ``delete_budget``.

        Remove the budget for a given interval. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /workspaces/{id}/budgets/{interval}`` (operationId ``deleteWorkspaceBudget``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            interval (path parameter ``interval``): Budget reset interval. Use "lifetime" for a one-time budget that never resets.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "DeleteWorkspaceBudgetResponse",
            await self._core.call_async(
                _DELETE_BUDGET,
                {"id": id, "interval": interval},
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

    def get_budget(
        self,
        *,
        id: str,
        interval: Literal["daily", "lifetime", "monthly", "weekly"] | str,
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
    ) -> GetWorkspaceBudgetResponse:
        """Get a workspace budget

        Retrieve the budget for a given interval. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /workspaces/{id}/budgets/{interval}`` (operationId ``getWorkspaceBudget``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            interval (path parameter ``interval``): Budget reset interval. Use "lifetime" for a one-time budget that never resets.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetWorkspaceBudgetResponse",
            self._core.call(
                _GET_BUDGET,
                {"id": id, "interval": interval},
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

    async def get_budget_async(
        self,
        *,
        id: str,
        interval: Literal["daily", "lifetime", "monthly", "weekly"] | str,
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
    ) -> GetWorkspaceBudgetResponse:
        """Get a workspace budget

        The async twin of ``get_budget``.

        Retrieve the budget for a given interval. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /workspaces/{id}/budgets/{interval}`` (operationId ``getWorkspaceBudget``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            interval (path parameter ``interval``): Budget reset interval. Use "lifetime" for a one-time budget that never resets.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetWorkspaceBudgetResponse",
            await self._core.call_async(
                _GET_BUDGET,
                {"id": id, "interval": interval},
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

    def set_budget(
        self,
        *,
        id: str,
        interval: Literal["daily", "lifetime", "monthly", "weekly"] | str,
        limit_usd: float,
        include_byok_in_budgets: bool | None = None,
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
    ) -> UpsertWorkspaceBudgetResponse:
        """Create or update a workspace budget

        Create or update the budget for a given interval. Budget limits must strictly decrease as the interval narrows (lifetime > monthly > weekly > daily). The optional `include_byok_in_budgets` flag is a workspace-wide setting: when provided it applies to every budget interval for the workspace, not just the interval in this request. Note that a change made here is applied to budget enforcement immediately, but an already-open workspace settings page in the web dashboard may keep showing the previous value until it is reloaded. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PUT /workspaces/{id}/budgets/{interval}`` (operationId ``upsertWorkspaceBudget``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            interval (path parameter ``interval``): Budget reset interval. Use "lifetime" for a one-time budget that never resets.
            limit_usd: Spending limit in USD. Must be greater than 0.
            include_byok_in_budgets: Whether to include BYOK (bring-your-own-key) spend when enforcing the workspace's budgets. This is a workspace-wide setting: it applies to every budget interval (daily, weekly, monthly, and lifetime), not just the interval being upserted in this request. Omit to leave the current setting unchanged.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "UpsertWorkspaceBudgetResponse",
            self._core.call(
                _SET_BUDGET,
                {"id": id, "interval": interval},
                {
                    "limit_usd": limit_usd,
                    "include_byok_in_budgets": include_byok_in_budgets,
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

    async def set_budget_async(
        self,
        *,
        id: str,
        interval: Literal["daily", "lifetime", "monthly", "weekly"] | str,
        limit_usd: float,
        include_byok_in_budgets: bool | None = None,
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
    ) -> UpsertWorkspaceBudgetResponse:
        """Create or update a workspace budget

        The async twin of ``set_budget``.

        Create or update the budget for a given interval. Budget limits must strictly decrease as the interval narrows (lifetime > monthly > weekly > daily). The optional `include_byok_in_budgets` flag is a workspace-wide setting: when provided it applies to every budget interval for the workspace, not just the interval in this request. Note that a change made here is applied to budget enforcement immediately, but an already-open workspace settings page in the web dashboard may keep showing the previous value until it is reloaded. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PUT /workspaces/{id}/budgets/{interval}`` (operationId ``upsertWorkspaceBudget``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            interval (path parameter ``interval``): Budget reset interval. Use "lifetime" for a one-time budget that never resets.
            limit_usd: Spending limit in USD. Must be greater than 0.
            include_byok_in_budgets: Whether to include BYOK (bring-your-own-key) spend when enforcing the workspace's budgets. This is a workspace-wide setting: it applies to every budget interval (daily, weekly, monthly, and lifetime), not just the interval being upserted in this request. Omit to leave the current setting unchanged.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "UpsertWorkspaceBudgetResponse",
            await self._core.call_async(
                _SET_BUDGET,
                {"id": id, "interval": interval},
                {
                    "limit_usd": limit_usd,
                    "include_byok_in_budgets": include_byok_in_budgets,
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

    def list_members(
        self,
        *,
        id: str,
        offset: int | None = None,
        limit: int | None = None,
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
    ) -> ListWorkspaceMembersResponse:
        """List workspace members

        List all members of a workspace. Returns paginated results. For the default workspace, returns all organization members (implicit membership). [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /workspaces/{id}/members`` (operationId ``listWorkspaceMembers``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListWorkspaceMembersResponse",
            self._core.call(
                _LIST_MEMBERS,
                {"id": id, "offset": offset, "limit": limit},
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

    async def list_members_async(
        self,
        *,
        id: str,
        offset: int | None = None,
        limit: int | None = None,
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
    ) -> ListWorkspaceMembersResponse:
        """List workspace members

        The async twin of ``list_members``.

        List all members of a workspace. Returns paginated results. For the default workspace, returns all organization members (implicit membership). [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /workspaces/{id}/members`` (operationId ``listWorkspaceMembers``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListWorkspaceMembersResponse",
            await self._core.call_async(
                _LIST_MEMBERS,
                {"id": id, "offset": offset, "limit": limit},
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

    def bulk_add_members(
        self,
        *,
        id: str,
        user_ids: Sequence[str],
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
    ) -> BulkAddWorkspaceMembersResponse:
        """Bulk add members to a workspace

        Add multiple organization members to a workspace. Members are assigned the same role they hold in the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /workspaces/{id}/members/add`` (operationId ``bulkAddWorkspaceMembers``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            user_ids: List of user IDs to add to the workspace. Members are assigned the same role they hold in the organization.

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
            "BulkAddWorkspaceMembersResponse",
            self._core.call(
                _BULK_ADD_MEMBERS,
                {"id": id},
                {"user_ids": user_ids},
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

    async def bulk_add_members_async(
        self,
        *,
        id: str,
        user_ids: Sequence[str],
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
    ) -> BulkAddWorkspaceMembersResponse:
        """Bulk add members to a workspace

        The async twin of ``bulk_add_members``.

        Add multiple organization members to a workspace. Members are assigned the same role they hold in the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /workspaces/{id}/members/add`` (operationId ``bulkAddWorkspaceMembers``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            user_ids: List of user IDs to add to the workspace. Members are assigned the same role they hold in the organization.

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
            "BulkAddWorkspaceMembersResponse",
            await self._core.call_async(
                _BULK_ADD_MEMBERS,
                {"id": id},
                {"user_ids": user_ids},
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

    def bulk_remove_members(
        self,
        *,
        id: str,
        user_ids: Sequence[str],
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
    ) -> BulkRemoveWorkspaceMembersResponse:
        """Bulk remove members from a workspace

        Remove multiple members from a workspace. Members with active API keys in the workspace cannot be removed. SCIM-managed members cannot be removed; changes must be made in your identity provider. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /workspaces/{id}/members/remove`` (operationId ``bulkRemoveWorkspaceMembers``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            user_ids: List of user IDs to remove from the workspace

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
            "BulkRemoveWorkspaceMembersResponse",
            self._core.call(
                _BULK_REMOVE_MEMBERS,
                {"id": id},
                {"user_ids": user_ids},
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

    async def bulk_remove_members_async(
        self,
        *,
        id: str,
        user_ids: Sequence[str],
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
    ) -> BulkRemoveWorkspaceMembersResponse:
        """Bulk remove members from a workspace

        The async twin of ``bulk_remove_members``.

        Remove multiple members from a workspace. Members with active API keys in the workspace cannot be removed. SCIM-managed members cannot be removed; changes must be made in your identity provider. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /workspaces/{id}/members/remove`` (operationId ``bulkRemoveWorkspaceMembers``).

        Args:
            id (path parameter ``id``): The workspace ID (UUID) or slug
            user_ids: List of user IDs to remove from the workspace

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
            "BulkRemoveWorkspaceMembersResponse",
            await self._core.call_async(
                _BULK_REMOVE_MEMBERS,
                {"id": id},
                {"user_ids": user_ids},
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


class WorkspacesWithRawResponse:
    """``client.workspaces.with_raw_response``: the operations of ``Workspaces``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``list``, ``create``, ``delete``, ``get``, ``update``, ``list_budgets``, ``delete_budget``, ``get_budget``, ``set_budget``, ``list_members``, ``bulk_add_members``, ``bulk_remove_members`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Workspaces(core)
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
        self.list_budgets = raw_response(operations.list_budgets)
        self.list_budgets_async = raw_response_async(operations.list_budgets_async)
        self.delete_budget = raw_response(operations.delete_budget)
        self.delete_budget_async = raw_response_async(operations.delete_budget_async)
        self.get_budget = raw_response(operations.get_budget)
        self.get_budget_async = raw_response_async(operations.get_budget_async)
        self.set_budget = raw_response(operations.set_budget)
        self.set_budget_async = raw_response_async(operations.set_budget_async)
        self.list_members = raw_response(operations.list_members)
        self.list_members_async = raw_response_async(operations.list_members_async)
        self.bulk_add_members = raw_response(operations.bulk_add_members)
        self.bulk_add_members_async = raw_response_async(
            operations.bulk_add_members_async
        )
        self.bulk_remove_members = raw_response(operations.bulk_remove_members)
        self.bulk_remove_members_async = raw_response_async(
            operations.bulk_remove_members_async
        )
