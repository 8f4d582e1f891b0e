"""``client.scim``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.create_scim_group_mapping_response import (
        CreateScimGroupMappingResponse,
    )
    from ..models.delete_scim_group_mapping_response import (
        DeleteScimGroupMappingResponse,
    )
    from ..models.get_scim_group_mapping_response import GetScimGroupMappingResponse
    from ..models.list_scim_group_mappings_response import ListScimGroupMappingsResponse
    from ..models.list_scim_groups_response import ListScimGroupsResponse
    from ..models.update_scim_group_mapping_response import (
        UpdateScimGroupMappingResponse,
    )

__all__ = ["Scim", "ScimWithRawResponse"]

_LIST_MAPPINGS = Operation(
    name="scim.list_mappings",
    http="GET /scim/group-mappings",
    module="api.scim.list_scim_group_mappings",
    fields={"offset": ("query", "offset"), "limit": ("query", "limit")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_scim_group_mappings_response:ListScimGroupMappingsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_CREATE = Operation(
    name="scim.create",
    http="POST /scim/group-mappings",
    module="api.scim.create_scim_group_mapping",
    fields={
        "role": ("body", "role"),
        "scim_group_id": ("body", "scim_group_id"),
        "workspace_id": ("body", "workspace_id"),
    },
    body_class="create_scim_group_mapping_request:CreateScimGroupMappingRequest",
    whole_body=False,
    required_body=("role", "scim_group_id", "workspace_id"),
    requires_auth=True,
    result_class="create_scim_group_mapping_response:CreateScimGroupMappingResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_DELETE = Operation(
    name="scim.delete",
    http="DELETE /scim/group-mappings/{id}",
    module="api.scim.delete_scim_group_mapping",
    fields={"id": ("path", "id"), "keep_members": ("query", "keep_members")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="delete_scim_group_mapping_response:DeleteScimGroupMappingResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_READ = Operation(
    name="scim.read",
    http="GET /scim/group-mappings/{id}",
    module="api.scim.get_scim_group_mapping",
    fields={"id": ("path", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="get_scim_group_mapping_response:GetScimGroupMappingResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_UPDATE = Operation(
    name="scim.update",
    http="PATCH /scim/group-mappings/{id}",
    module="api.scim.update_scim_group_mapping",
    fields={"id": ("path", "id"), "role": ("body", "role")},
    body_class="update_scim_group_mapping_request:UpdateScimGroupMappingRequest",
    whole_body=False,
    required_body=("role",),
    requires_auth=True,
    result_class="update_scim_group_mapping_response:UpdateScimGroupMappingResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_GROUPS = Operation(
    name="scim.list_groups",
    http="GET /scim/groups",
    module="api.scim.list_scim_groups",
    fields={"offset": ("query", "offset"), "limit": ("query", "limit")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_scim_groups_response:ListScimGroupsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Scim:
    """Operations of the ``scim`` group (``client.scim``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ScimWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return ScimWithRawResponse(self._core.raw())

    def list_mappings(
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
    ) -> ListScimGroupMappingsResponse:
        """List SCIM group mappings

        List SCIM group-to-workspace mappings for the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /scim/group-mappings`` (operationId ``listScimGroupMappings``).

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListScimGroupMappingsResponse",
            self._core.call(
                _LIST_MAPPINGS,
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

    async def list_mappings_async(
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
    ) -> ListScimGroupMappingsResponse:
        """List SCIM group mappings

        The async twin of ``list_mappings``.

        List SCIM group-to-workspace mappings for the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /scim/group-mappings`` (operationId ``listScimGroupMappings``).

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListScimGroupMappingsResponse",
            await self._core.call_async(
                _LIST_MAPPINGS,
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
        role: Literal["admin", "member"] | str,
        scim_group_id: str,
        workspace_id: str,
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
    ) -> CreateScimGroupMappingResponse:
        """Create a SCIM group mapping

        Create a SCIM group-to-workspace role mapping. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /scim/group-mappings`` (operationId ``createScimGroupMapping``).

        Args:
            role: (no description in the spec)
            scim_group_id: (no description in the spec)
            workspace_id: (no description in the spec)

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
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateScimGroupMappingResponse",
            self._core.call(
                _CREATE,
                {},
                {
                    "role": role,
                    "scim_group_id": scim_group_id,
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
        role: Literal["admin", "member"] | str,
        scim_group_id: str,
        workspace_id: str,
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
    ) -> CreateScimGroupMappingResponse:
        """Create a SCIM group mapping

        The async twin of ``create``.

        Create a SCIM group-to-workspace role mapping. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /scim/group-mappings`` (operationId ``createScimGroupMapping``).

        Args:
            role: (no description in the spec)
            scim_group_id: (no description in the spec)
            workspace_id: (no description in the spec)

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
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateScimGroupMappingResponse",
            await self._core.call_async(
                _CREATE,
                {},
                {
                    "role": role,
                    "scim_group_id": scim_group_id,
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
        keep_members: Literal["false", "true"] | str | bool,
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
    ) -> DeleteScimGroupMappingResponse:
        """Delete a SCIM group mapping

        Delete a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /scim/group-mappings/{id}`` (operationId ``deleteScimGroupMapping``).

        Args:
            id (path parameter ``id``): (no description in the spec)
            keep_members (query parameter ``keep_members``): Required. Whether to keep workspace members after deleting the mapping. `false` **removes** the members this mapping granted access to; `true` deletes the mapping while leaving membership intact as manually-managed. There is deliberately no default — omitting it returns `400` so the destructive path cannot be reached by accident. Mirrors the dashboard, whose `DeleteMappingSchema.keepMembers` is likewise required.

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
            "DeleteScimGroupMappingResponse",
            self._core.call(
                _DELETE,
                {"id": id, "keep_members": keep_members},
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
        keep_members: Literal["false", "true"] | str | bool,
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
    ) -> DeleteScimGroupMappingResponse:
        """Delete a SCIM group mapping

        The async twin of ``delete``.

        Delete a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /scim/group-mappings/{id}`` (operationId ``deleteScimGroupMapping``).

        Args:
            id (path parameter ``id``): (no description in the spec)
            keep_members (query parameter ``keep_members``): Required. Whether to keep workspace members after deleting the mapping. `false` **removes** the members this mapping granted access to; `true` deletes the mapping while leaving membership intact as manually-managed. There is deliberately no default — omitting it returns `400` so the destructive path cannot be reached by accident. Mirrors the dashboard, whose `DeleteMappingSchema.keepMembers` is likewise required.

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
            "DeleteScimGroupMappingResponse",
            await self._core.call_async(
                _DELETE,
                {"id": id, "keep_members": keep_members},
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

    def read(
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
    ) -> GetScimGroupMappingResponse:
        """Get a SCIM group mapping

        Get a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /scim/group-mappings/{id}`` (operationId ``getScimGroupMapping``).

        Args:
            id (path parameter ``id``): (no description in the spec)

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
            "GetScimGroupMappingResponse",
            self._core.call(
                _READ,
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

    async def read_async(
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
    ) -> GetScimGroupMappingResponse:
        """Get a SCIM group mapping

        The async twin of ``read``.

        Get a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /scim/group-mappings/{id}`` (operationId ``getScimGroupMapping``).

        Args:
            id (path parameter ``id``): (no description in the spec)

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
            "GetScimGroupMappingResponse",
            await self._core.call_async(
                _READ,
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
        role: Literal["admin", "member"] | str,
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
    ) -> UpdateScimGroupMappingResponse:
        """Update a SCIM group mapping

        Update a SCIM group mapping role. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /scim/group-mappings/{id}`` (operationId ``updateScimGroupMapping``).

        Args:
            id (path parameter ``id``): (no description in the spec)
            role: (no description in the spec)

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
            "UpdateScimGroupMappingResponse",
            self._core.call(
                _UPDATE,
                {"id": id},
                {"role": role},
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
        role: Literal["admin", "member"] | str,
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
    ) -> UpdateScimGroupMappingResponse:
        """Update a SCIM group mapping

        The async twin of ``update``.

        Update a SCIM group mapping role. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /scim/group-mappings/{id}`` (operationId ``updateScimGroupMapping``).

        Args:
            id (path parameter ``id``): (no description in the spec)
            role: (no description in the spec)

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
            "UpdateScimGroupMappingResponse",
            await self._core.call_async(
                _UPDATE,
                {"id": id},
                {"role": role},
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

    def list_groups(
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
    ) -> ListScimGroupsResponse:
        """List SCIM groups

        List SCIM groups for the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /scim/groups`` (operationId ``listScimGroups``).

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListScimGroupsResponse",
            self._core.call(
                _LIST_GROUPS,
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

    async def list_groups_async(
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
    ) -> ListScimGroupsResponse:
        """List SCIM groups

        The async twin of ``list_groups``.

        List SCIM groups for the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /scim/groups`` (operationId ``listScimGroups``).

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListScimGroupsResponse",
            await self._core.call_async(
                _LIST_GROUPS,
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


class ScimWithRawResponse:
    """``client.scim.with_raw_response``: the operations of ``Scim``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``list_mappings``, ``create``, ``delete``, ``read``, ``update``, ``list_groups`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Scim(core)
        self.list_mappings = raw_response(operations.list_mappings)
        self.list_mappings_async = raw_response_async(operations.list_mappings_async)
        self.create = raw_response(operations.create)
        self.create_async = raw_response_async(operations.create_async)
        self.delete = raw_response(operations.delete)
        self.delete_async = raw_response_async(operations.delete_async)
        self.read = raw_response(operations.read)
        self.read_async = raw_response_async(operations.read_async)
        self.update = raw_response(operations.update)
        self.update_async = raw_response_async(operations.update_async)
        self.list_groups = raw_response(operations.list_groups)
        self.list_groups_async = raw_response_async(operations.list_groups_async)
