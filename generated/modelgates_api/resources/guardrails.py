"""``client.guardrails``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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

    from ..models.bulk_assign_keys_response import BulkAssignKeysResponse
    from ..models.bulk_assign_members_response import BulkAssignMembersResponse
    from ..models.bulk_unassign_keys_response import BulkUnassignKeysResponse
    from ..models.bulk_unassign_members_response import BulkUnassignMembersResponse
    from ..models.content_filter_builtin_entry_input import (
        ContentFilterBuiltinEntryInput,
    )
    from ..models.content_filter_entry import ContentFilterEntry
    from ..models.create_guardrail_response import CreateGuardrailResponse
    from ..models.delete_guardrail_response import DeleteGuardrailResponse
    from ..models.get_guardrail_response import GetGuardrailResponse
    from ..models.list_guardrails_response import ListGuardrailsResponse
    from ..models.list_key_assignments_response import ListKeyAssignmentsResponse
    from ..models.list_member_assignments_response import ListMemberAssignmentsResponse
    from ..models.update_guardrail_response import UpdateGuardrailResponse

__all__ = ["Guardrails", "GuardrailsWithRawResponse"]

_LIST = Operation(
    name="guardrails.list",
    http="GET /guardrails",
    module="api.guardrails.list_guardrails",
    fields={
        "offset": ("query", "offset"),
        "limit": ("query", "limit"),
        "workspace_id": ("query", "workspace_id"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_guardrails_response:ListGuardrailsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_CREATE = Operation(
    name="guardrails.create",
    http="POST /guardrails",
    module="api.guardrails.create_guardrail",
    fields={
        "name": ("body", "name"),
        "allowed_models": ("body", "allowed_models"),
        "allowed_providers": ("body", "allowed_providers"),
        "content_filter_builtins": ("body", "content_filter_builtins"),
        "content_filters": ("body", "content_filters"),
        "description": ("body", "description"),
        "enable_free_model_publication": ("body", "enable_free_model_publication"),
        "enable_free_model_training": ("body", "enable_free_model_training"),
        "enable_paid_model_training": ("body", "enable_paid_model_training"),
        "enforce_zdr": ("body", "enforce_zdr"),
        "enforce_zdr_anthropic": ("body", "enforce_zdr_anthropic"),
        "enforce_zdr_google": ("body", "enforce_zdr_google"),
        "enforce_zdr_openai": ("body", "enforce_zdr_openai"),
        "enforce_zdr_other": ("body", "enforce_zdr_other"),
        "enforce_zdr_xai": ("body", "enforce_zdr_xai"),
        "ignored_models": ("body", "ignored_models"),
        "ignored_providers": ("body", "ignored_providers"),
        "include_byok_in_budgets": ("body", "include_byok_in_budgets"),
        "limit_usd": ("body", "limit_usd"),
        "reset_interval": ("body", "reset_interval"),
        "workspace_id": ("body", "workspace_id"),
    },
    body_class="create_guardrail_request:CreateGuardrailRequest",
    whole_body=False,
    required_body=("name",),
    requires_auth=True,
    result_class="create_guardrail_response:CreateGuardrailResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_DELETE = Operation(
    name="guardrails.delete",
    http="DELETE /guardrails/{id}",
    module="api.guardrails.delete_guardrail",
    fields={"id": ("path", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="delete_guardrail_response:DeleteGuardrailResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET = Operation(
    name="guardrails.get",
    http="GET /guardrails/{id}",
    module="api.guardrails.get_guardrail",
    fields={"id": ("path", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="get_guardrail_response:GetGuardrailResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_UPDATE = Operation(
    name="guardrails.update",
    http="PATCH /guardrails/{id}",
    module="api.guardrails.update_guardrail",
    fields={
        "id": ("path", "id"),
        "allowed_models": ("body", "allowed_models"),
        "allowed_providers": ("body", "allowed_providers"),
        "content_filter_builtins": ("body", "content_filter_builtins"),
        "content_filters": ("body", "content_filters"),
        "description": ("body", "description"),
        "enable_free_model_publication": ("body", "enable_free_model_publication"),
        "enable_free_model_training": ("body", "enable_free_model_training"),
        "enable_paid_model_training": ("body", "enable_paid_model_training"),
        "enforce_zdr": ("body", "enforce_zdr"),
        "enforce_zdr_anthropic": ("body", "enforce_zdr_anthropic"),
        "enforce_zdr_google": ("body", "enforce_zdr_google"),
        "enforce_zdr_openai": ("body", "enforce_zdr_openai"),
        "enforce_zdr_other": ("body", "enforce_zdr_other"),
        "enforce_zdr_xai": ("body", "enforce_zdr_xai"),
        "ignored_models": ("body", "ignored_models"),
        "ignored_providers": ("body", "ignored_providers"),
        "include_byok_in_budgets": ("body", "include_byok_in_budgets"),
        "limit_usd": ("body", "limit_usd"),
        "name": ("body", "name"),
        "reset_interval": ("body", "reset_interval"),
    },
    body_class="update_guardrail_request:UpdateGuardrailRequest",
    whole_body=False,
    requires_auth=True,
    result_class="update_guardrail_response:UpdateGuardrailResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_GUARDRAIL_KEY_ASSIGNMENTS = Operation(
    name="guardrails.list_guardrail_key_assignments",
    http="GET /guardrails/{id}/assignments/keys",
    module="api.guardrails.list_guardrail_key_assignments",
    fields={
        "id": ("path", "id"),
        "offset": ("query", "offset"),
        "limit": ("query", "limit"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_key_assignments_response:ListKeyAssignmentsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_BULK_ASSIGN_KEYS = Operation(
    name="guardrails.bulk_assign_keys",
    http="POST /guardrails/{id}/assignments/keys",
    module="api.guardrails.bulk_assign_keys_to_guardrail",
    fields={"id": ("path", "id"), "key_hashes": ("body", "key_hashes")},
    body_class="bulk_assign_keys_request:BulkAssignKeysRequest",
    whole_body=False,
    required_body=("key_hashes",),
    requires_auth=True,
    result_class="bulk_assign_keys_response:BulkAssignKeysResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_BULK_UNASSIGN_KEYS = Operation(
    name="guardrails.bulk_unassign_keys",
    http="POST /guardrails/{id}/assignments/keys/remove",
    module="api.guardrails.bulk_unassign_keys_from_guardrail",
    fields={"id": ("path", "id"), "key_hashes": ("body", "key_hashes")},
    body_class="bulk_unassign_keys_request:BulkUnassignKeysRequest",
    whole_body=False,
    required_body=("key_hashes",),
    requires_auth=True,
    result_class="bulk_unassign_keys_response:BulkUnassignKeysResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_GUARDRAIL_MEMBER_ASSIGNMENTS = Operation(
    name="guardrails.list_guardrail_member_assignments",
    http="GET /guardrails/{id}/assignments/members",
    module="api.guardrails.list_guardrail_member_assignments",
    fields={
        "id": ("path", "id"),
        "offset": ("query", "offset"),
        "limit": ("query", "limit"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_member_assignments_response:ListMemberAssignmentsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_BULK_ASSIGN_MEMBERS = Operation(
    name="guardrails.bulk_assign_members",
    http="POST /guardrails/{id}/assignments/members",
    module="api.guardrails.bulk_assign_members_to_guardrail",
    fields={"id": ("path", "id"), "member_user_ids": ("body", "member_user_ids")},
    body_class="bulk_assign_members_request:BulkAssignMembersRequest",
    whole_body=False,
    required_body=("member_user_ids",),
    requires_auth=True,
    result_class="bulk_assign_members_response:BulkAssignMembersResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_BULK_UNASSIGN_MEMBERS = Operation(
    name="guardrails.bulk_unassign_members",
    http="POST /guardrails/{id}/assignments/members/remove",
    module="api.guardrails.bulk_unassign_members_from_guardrail",
    fields={"id": ("path", "id"), "member_user_ids": ("body", "member_user_ids")},
    body_class="bulk_unassign_members_request:BulkUnassignMembersRequest",
    whole_body=False,
    required_body=("member_user_ids",),
    requires_auth=True,
    result_class="bulk_unassign_members_response:BulkUnassignMembersResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_KEY_ASSIGNMENTS = Operation(
    name="guardrails.list_key_assignments",
    http="GET /guardrails/assignments/keys",
    module="api.guardrails.list_key_assignments",
    fields={"offset": ("query", "offset"), "limit": ("query", "limit")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_key_assignments_response:ListKeyAssignmentsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_MEMBER_ASSIGNMENTS = Operation(
    name="guardrails.list_member_assignments",
    http="GET /guardrails/assignments/members",
    module="api.guardrails.list_member_assignments",
    fields={"offset": ("query", "offset"), "limit": ("query", "limit")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_member_assignments_response:ListMemberAssignmentsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Guardrails:
    """Operations of the ``guardrails`` group (``client.guardrails``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> GuardrailsWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return GuardrailsWithRawResponse(self._core.raw())

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
    ) -> ListGuardrailsResponse:
        """List guardrails

        List all guardrails for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails`` (operationId ``listGuardrails``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.
            workspace_id (query parameter ``workspace_id``): Filter guardrails by workspace ID. By default, guardrails in the default workspace are returned.

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
            "ListGuardrailsResponse",
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
    ) -> ListGuardrailsResponse:
        """List guardrails

        The async twin of ``list``.

        List all guardrails for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails`` (operationId ``listGuardrails``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.
            workspace_id (query parameter ``workspace_id``): Filter guardrails by workspace ID. By default, guardrails in the default workspace are returned.

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
            "ListGuardrailsResponse",
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
        name: str,
        allowed_models: Sequence[str] | None = None,
        allowed_providers: Sequence[str] | None = None,
        content_filter_builtins: Sequence[
            ContentFilterBuiltinEntryInput | Mapping[str, Any]
        ]
        | None = None,
        content_filters: Sequence[ContentFilterEntry | Mapping[str, Any]] | None = None,
        description: str | None = None,
        enable_free_model_publication: bool | None = None,
        enable_free_model_training: bool | None = None,
        enable_paid_model_training: bool | None = None,
        enforce_zdr: bool | None = None,
        enforce_zdr_anthropic: bool | None = None,
        enforce_zdr_google: bool | None = None,
        enforce_zdr_openai: bool | None = None,
        enforce_zdr_other: bool | None = None,
        enforce_zdr_xai: bool | None = None,
        ignored_models: Sequence[str] | None = None,
        ignored_providers: Sequence[str] | None = None,
        include_byok_in_budgets: bool | None = None,
        limit_usd: float | None = None,
        reset_interval: Literal["daily", "monthly", "weekly"] | str | None = None,
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
    ) -> CreateGuardrailResponse:
        """Create a guardrail

        Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing until it is assigned to API keys or organization members; `workspace_id` places the guardrail in a workspace but does not apply it to that workspace's traffic. To restrict all traffic in a workspace, update the workspace's default guardrail instead. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /guardrails`` (operationId ``createGuardrail``).

        Args:
            name: Name for the new guardrail
            allowed_models: Array of model identifiers (slug or canonical_slug accepted)
            allowed_providers: List of allowed provider IDs
            content_filter_builtins: Builtin content filters to apply. Every builtin slug supports "block", "redact", and the detect-only "flag" action.
            content_filters: Custom regex content filters to apply to request messages
            description: Description of the guardrail
            enable_free_model_publication: Whether this guardrail allows free endpoints that publish prompts.
            enable_free_model_training: Whether this guardrail allows free endpoints that train on request data.
            enable_paid_model_training: Whether this guardrail allows paid endpoints that train on request data.
            enforce_zdr: Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any of those per-provider fields that are not explicitly specified on the request.
            enforce_zdr_anthropic: Whether to enforce zero data retention for Anthropic models. Falls back to enforce_zdr when not provided.
            enforce_zdr_google: Whether to enforce zero data retention for Google models. Falls back to enforce_zdr when not provided.
            enforce_zdr_openai: Whether to enforce zero data retention for OpenAI models. Falls back to enforce_zdr when not provided.
            enforce_zdr_other: Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided.
            enforce_zdr_xai: Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr when not provided.
            ignored_models: Array of model identifiers to exclude from routing (slug or canonical_slug accepted)
            ignored_providers: List of provider IDs to exclude from routing
            include_byok_in_budgets: Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit spend. Defaults to false.
            limit_usd: Spending limit in USD
            reset_interval: (no description in the spec)
            workspace_id: The workspace to create the guardrail in. When omitted, the guardrail is created in the default workspace; if that default has been deleted, the request returns a 400 and you must pass `workspace_id` explicitly. This only places the guardrail in the workspace; the created guardrail enforces nothing for that workspace's traffic until it is assigned to API keys or members. To restrict all traffic in a workspace, update the workspace's default guardrail instead.

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
            "CreateGuardrailResponse",
            self._core.call(
                _CREATE,
                {},
                {
                    "name": name,
                    "allowed_models": allowed_models,
                    "allowed_providers": allowed_providers,
                    "content_filter_builtins": content_filter_builtins,
                    "content_filters": content_filters,
                    "description": description,
                    "enable_free_model_publication": enable_free_model_publication,
                    "enable_free_model_training": enable_free_model_training,
                    "enable_paid_model_training": enable_paid_model_training,
                    "enforce_zdr": enforce_zdr,
                    "enforce_zdr_anthropic": enforce_zdr_anthropic,
                    "enforce_zdr_google": enforce_zdr_google,
                    "enforce_zdr_openai": enforce_zdr_openai,
                    "enforce_zdr_other": enforce_zdr_other,
                    "enforce_zdr_xai": enforce_zdr_xai,
                    "ignored_models": ignored_models,
                    "ignored_providers": ignored_providers,
                    "include_byok_in_budgets": include_byok_in_budgets,
                    "limit_usd": limit_usd,
                    "reset_interval": reset_interval,
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
        allowed_models: Sequence[str] | None = None,
        allowed_providers: Sequence[str] | None = None,
        content_filter_builtins: Sequence[
            ContentFilterBuiltinEntryInput | Mapping[str, Any]
        ]
        | None = None,
        content_filters: Sequence[ContentFilterEntry | Mapping[str, Any]] | None = None,
        description: str | None = None,
        enable_free_model_publication: bool | None = None,
        enable_free_model_training: bool | None = None,
        enable_paid_model_training: bool | None = None,
        enforce_zdr: bool | None = None,
        enforce_zdr_anthropic: bool | None = None,
        enforce_zdr_google: bool | None = None,
        enforce_zdr_openai: bool | None = None,
        enforce_zdr_other: bool | None = None,
        enforce_zdr_xai: bool | None = None,
        ignored_models: Sequence[str] | None = None,
        ignored_providers: Sequence[str] | None = None,
        include_byok_in_budgets: bool | None = None,
        limit_usd: float | None = None,
        reset_interval: Literal["daily", "monthly", "weekly"] | str | None = None,
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
    ) -> CreateGuardrailResponse:
        """Create a guardrail

        The async twin of ``create``.

        Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing until it is assigned to API keys or organization members; `workspace_id` places the guardrail in a workspace but does not apply it to that workspace's traffic. To restrict all traffic in a workspace, update the workspace's default guardrail instead. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /guardrails`` (operationId ``createGuardrail``).

        Args:
            name: Name for the new guardrail
            allowed_models: Array of model identifiers (slug or canonical_slug accepted)
            allowed_providers: List of allowed provider IDs
            content_filter_builtins: Builtin content filters to apply. Every builtin slug supports "block", "redact", and the detect-only "flag" action.
            content_filters: Custom regex content filters to apply to request messages
            description: Description of the guardrail
            enable_free_model_publication: Whether this guardrail allows free endpoints that publish prompts.
            enable_free_model_training: Whether this guardrail allows free endpoints that train on request data.
            enable_paid_model_training: Whether this guardrail allows paid endpoints that train on request data.
            enforce_zdr: Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any of those per-provider fields that are not explicitly specified on the request.
            enforce_zdr_anthropic: Whether to enforce zero data retention for Anthropic models. Falls back to enforce_zdr when not provided.
            enforce_zdr_google: Whether to enforce zero data retention for Google models. Falls back to enforce_zdr when not provided.
            enforce_zdr_openai: Whether to enforce zero data retention for OpenAI models. Falls back to enforce_zdr when not provided.
            enforce_zdr_other: Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided.
            enforce_zdr_xai: Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr when not provided.
            ignored_models: Array of model identifiers to exclude from routing (slug or canonical_slug accepted)
            ignored_providers: List of provider IDs to exclude from routing
            include_byok_in_budgets: Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit spend. Defaults to false.
            limit_usd: Spending limit in USD
            reset_interval: (no description in the spec)
            workspace_id: The workspace to create the guardrail in. When omitted, the guardrail is created in the default workspace; if that default has been deleted, the request returns a 400 and you must pass `workspace_id` explicitly. This only places the guardrail in the workspace; the created guardrail enforces nothing for that workspace's traffic until it is assigned to API keys or members. To restrict all traffic in a workspace, update the workspace's default guardrail instead.

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
            "CreateGuardrailResponse",
            await self._core.call_async(
                _CREATE,
                {},
                {
                    "name": name,
                    "allowed_models": allowed_models,
                    "allowed_providers": allowed_providers,
                    "content_filter_builtins": content_filter_builtins,
                    "content_filters": content_filters,
                    "description": description,
                    "enable_free_model_publication": enable_free_model_publication,
                    "enable_free_model_training": enable_free_model_training,
                    "enable_paid_model_training": enable_paid_model_training,
                    "enforce_zdr": enforce_zdr,
                    "enforce_zdr_anthropic": enforce_zdr_anthropic,
                    "enforce_zdr_google": enforce_zdr_google,
                    "enforce_zdr_openai": enforce_zdr_openai,
                    "enforce_zdr_other": enforce_zdr_other,
                    "enforce_zdr_xai": enforce_zdr_xai,
                    "ignored_models": ignored_models,
                    "ignored_providers": ignored_providers,
                    "include_byok_in_budgets": include_byok_in_budgets,
                    "limit_usd": limit_usd,
                    "reset_interval": reset_interval,
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
    ) -> DeleteGuardrailResponse:
        """Delete a guardrail

        Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /guardrails/{id}`` (operationId ``deleteGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail to delete

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
            "DeleteGuardrailResponse",
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
    ) -> DeleteGuardrailResponse:
        """Delete a guardrail

        The async twin of ``delete``.

        Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /guardrails/{id}`` (operationId ``deleteGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail to delete

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
            "DeleteGuardrailResponse",
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
    ) -> GetGuardrailResponse:
        """Get a guardrail

        Get a single guardrail by ID. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails/{id}`` (operationId ``getGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail to retrieve

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
            404: Guardrail not found, or the workspace default guardrail has not been configured yet.
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetGuardrailResponse",
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
    ) -> GetGuardrailResponse:
        """Get a guardrail

        The async twin of ``get``.

        Get a single guardrail by ID. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails/{id}`` (operationId ``getGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail to retrieve

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
            404: Guardrail not found, or the workspace default guardrail has not been configured yet.
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetGuardrailResponse",
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
        allowed_models: Sequence[str] | None = None,
        allowed_providers: Sequence[str] | None = None,
        content_filter_builtins: Sequence[
            ContentFilterBuiltinEntryInput | Mapping[str, Any]
        ]
        | None = None,
        content_filters: Sequence[ContentFilterEntry | Mapping[str, Any]] | None = None,
        description: str | None = None,
        enable_free_model_publication: bool | None = None,
        enable_free_model_training: bool | None = None,
        enable_paid_model_training: bool | None = None,
        enforce_zdr: bool | None = None,
        enforce_zdr_anthropic: bool | None = None,
        enforce_zdr_google: bool | None = None,
        enforce_zdr_openai: bool | None = None,
        enforce_zdr_other: bool | None = None,
        enforce_zdr_xai: bool | None = None,
        ignored_models: Sequence[str] | None = None,
        ignored_providers: Sequence[str] | None = None,
        include_byok_in_budgets: bool | None = None,
        limit_usd: float | None = None,
        name: str | None = None,
        reset_interval: Literal["daily", "monthly", "weekly"] | str | None = None,
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
    ) -> UpdateGuardrailResponse:
        """Update a guardrail

        Update an existing guardrail, or materialize an unconfigured workspace default guardrail. Collection fields use replace semantics: send the full desired set on every update. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /guardrails/{id}`` (operationId ``updateGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail to update
            allowed_models: Array of model identifiers (slug or canonical_slug accepted)
            allowed_providers: New list of allowed provider IDs
            content_filter_builtins: Builtin content filters to apply. Set to null to remove. Every builtin slug supports "block", "redact", and the detect-only "flag" action.
            content_filters: Custom regex content filters to apply. Set to null to remove.
            description: New description for the guardrail
            enable_free_model_publication: Whether this guardrail allows free endpoints that publish prompts.
            enable_free_model_training: Whether this guardrail allows free endpoints that train on request data.
            enable_paid_model_training: Whether this guardrail allows paid endpoints that train on request data.
            enforce_zdr: Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any of those per-provider fields that are not explicitly specified on the request.
            enforce_zdr_anthropic: Whether to enforce zero data retention for Anthropic models. Falls back to enforce_zdr when not provided.
            enforce_zdr_google: Whether to enforce zero data retention for Google models. Falls back to enforce_zdr when not provided.
            enforce_zdr_openai: Whether to enforce zero data retention for OpenAI models. Falls back to enforce_zdr when not provided.
            enforce_zdr_other: Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided.
            enforce_zdr_xai: Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr when not provided.
            ignored_models: Array of model identifiers to exclude from routing (slug or canonical_slug accepted)
            ignored_providers: List of provider IDs to exclude from routing
            include_byok_in_budgets: Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit spend. Omit to leave unchanged.
            limit_usd: New spending limit in USD
            name: New name for the guardrail
            reset_interval: (no description in the spec)

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
            400: Invalid request, or an attempt to change a workspace default guardrail's name (which is derived from its workspace and not editable).
            401: Unauthorized - Authentication required or invalid credentials
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "UpdateGuardrailResponse",
            self._core.call(
                _UPDATE,
                {"id": id},
                {
                    "allowed_models": allowed_models,
                    "allowed_providers": allowed_providers,
                    "content_filter_builtins": content_filter_builtins,
                    "content_filters": content_filters,
                    "description": description,
                    "enable_free_model_publication": enable_free_model_publication,
                    "enable_free_model_training": enable_free_model_training,
                    "enable_paid_model_training": enable_paid_model_training,
                    "enforce_zdr": enforce_zdr,
                    "enforce_zdr_anthropic": enforce_zdr_anthropic,
                    "enforce_zdr_google": enforce_zdr_google,
                    "enforce_zdr_openai": enforce_zdr_openai,
                    "enforce_zdr_other": enforce_zdr_other,
                    "enforce_zdr_xai": enforce_zdr_xai,
                    "ignored_models": ignored_models,
                    "ignored_providers": ignored_providers,
                    "include_byok_in_budgets": include_byok_in_budgets,
                    "limit_usd": limit_usd,
                    "name": name,
                    "reset_interval": reset_interval,
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
        allowed_models: Sequence[str] | None = None,
        allowed_providers: Sequence[str] | None = None,
        content_filter_builtins: Sequence[
            ContentFilterBuiltinEntryInput | Mapping[str, Any]
        ]
        | None = None,
        content_filters: Sequence[ContentFilterEntry | Mapping[str, Any]] | None = None,
        description: str | None = None,
        enable_free_model_publication: bool | None = None,
        enable_free_model_training: bool | None = None,
        enable_paid_model_training: bool | None = None,
        enforce_zdr: bool | None = None,
        enforce_zdr_anthropic: bool | None = None,
        enforce_zdr_google: bool | None = None,
        enforce_zdr_openai: bool | None = None,
        enforce_zdr_other: bool | None = None,
        enforce_zdr_xai: bool | None = None,
        ignored_models: Sequence[str] | None = None,
        ignored_providers: Sequence[str] | None = None,
        include_byok_in_budgets: bool | None = None,
        limit_usd: float | None = None,
        name: str | None = None,
        reset_interval: Literal["daily", "monthly", "weekly"] | str | None = None,
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
    ) -> UpdateGuardrailResponse:
        """Update a guardrail

        The async twin of ``update``.

        Update an existing guardrail, or materialize an unconfigured workspace default guardrail. Collection fields use replace semantics: send the full desired set on every update. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /guardrails/{id}`` (operationId ``updateGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail to update
            allowed_models: Array of model identifiers (slug or canonical_slug accepted)
            allowed_providers: New list of allowed provider IDs
            content_filter_builtins: Builtin content filters to apply. Set to null to remove. Every builtin slug supports "block", "redact", and the detect-only "flag" action.
            content_filters: Custom regex content filters to apply. Set to null to remove.
            description: New description for the guardrail
            enable_free_model_publication: Whether this guardrail allows free endpoints that publish prompts.
            enable_free_model_training: Whether this guardrail allows free endpoints that train on request data.
            enable_paid_model_training: Whether this guardrail allows paid endpoints that train on request data.
            enforce_zdr: Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any of those per-provider fields that are not explicitly specified on the request.
            enforce_zdr_anthropic: Whether to enforce zero data retention for Anthropic models. Falls back to enforce_zdr when not provided.
            enforce_zdr_google: Whether to enforce zero data retention for Google models. Falls back to enforce_zdr when not provided.
            enforce_zdr_openai: Whether to enforce zero data retention for OpenAI models. Falls back to enforce_zdr when not provided.
            enforce_zdr_other: Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided.
            enforce_zdr_xai: Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr when not provided.
            ignored_models: Array of model identifiers to exclude from routing (slug or canonical_slug accepted)
            ignored_providers: List of provider IDs to exclude from routing
            include_byok_in_budgets: Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit spend. Omit to leave unchanged.
            limit_usd: New spending limit in USD
            name: New name for the guardrail
            reset_interval: (no description in the spec)

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
            400: Invalid request, or an attempt to change a workspace default guardrail's name (which is derived from its workspace and not editable).
            401: Unauthorized - Authentication required or invalid credentials
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "UpdateGuardrailResponse",
            await self._core.call_async(
                _UPDATE,
                {"id": id},
                {
                    "allowed_models": allowed_models,
                    "allowed_providers": allowed_providers,
                    "content_filter_builtins": content_filter_builtins,
                    "content_filters": content_filters,
                    "description": description,
                    "enable_free_model_publication": enable_free_model_publication,
                    "enable_free_model_training": enable_free_model_training,
                    "enable_paid_model_training": enable_paid_model_training,
                    "enforce_zdr": enforce_zdr,
                    "enforce_zdr_anthropic": enforce_zdr_anthropic,
                    "enforce_zdr_google": enforce_zdr_google,
                    "enforce_zdr_openai": enforce_zdr_openai,
                    "enforce_zdr_other": enforce_zdr_other,
                    "enforce_zdr_xai": enforce_zdr_xai,
                    "ignored_models": ignored_models,
                    "ignored_providers": ignored_providers,
                    "include_byok_in_budgets": include_byok_in_budgets,
                    "limit_usd": limit_usd,
                    "name": name,
                    "reset_interval": reset_interval,
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

    def list_guardrail_key_assignments(
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
    ) -> ListKeyAssignmentsResponse:
        """List key assignments for a guardrail

        List all API key assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails/{id}/assignments/keys`` (operationId ``listGuardrailKeyAssignments``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
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
            "ListKeyAssignmentsResponse",
            self._core.call(
                _LIST_GUARDRAIL_KEY_ASSIGNMENTS,
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

    async def list_guardrail_key_assignments_async(
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
    ) -> ListKeyAssignmentsResponse:
        """List key assignments for a guardrail

        The async twin of ``list_guardrail_key_assignments``.

        List all API key assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails/{id}/assignments/keys`` (operationId ``listGuardrailKeyAssignments``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
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
            "ListKeyAssignmentsResponse",
            await self._core.call_async(
                _LIST_GUARDRAIL_KEY_ASSIGNMENTS,
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

    def bulk_assign_keys(
        self,
        *,
        id: str,
        key_hashes: Sequence[str],
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
    ) -> BulkAssignKeysResponse:
        """Bulk assign keys to a guardrail

        Assign multiple API keys to a specific guardrail. A key may hold at most one guardrail; assigning replaces any existing assignment. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /guardrails/{id}/assignments/keys`` (operationId ``bulkAssignKeysToGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
            key_hashes: Array of API key hashes to assign to the guardrail

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
            "BulkAssignKeysResponse",
            self._core.call(
                _BULK_ASSIGN_KEYS,
                {"id": id},
                {"key_hashes": key_hashes},
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

    async def bulk_assign_keys_async(
        self,
        *,
        id: str,
        key_hashes: Sequence[str],
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
    ) -> BulkAssignKeysResponse:
        """Bulk assign keys to a guardrail

        The async twin of ``bulk_assign_keys``.

        Assign multiple API keys to a specific guardrail. A key may hold at most one guardrail; assigning replaces any existing assignment. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /guardrails/{id}/assignments/keys`` (operationId ``bulkAssignKeysToGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
            key_hashes: Array of API key hashes to assign to the guardrail

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
            "BulkAssignKeysResponse",
            await self._core.call_async(
                _BULK_ASSIGN_KEYS,
                {"id": id},
                {"key_hashes": key_hashes},
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

    def bulk_unassign_keys(
        self,
        *,
        id: str,
        key_hashes: Sequence[str],
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
    ) -> BulkUnassignKeysResponse:
        """Bulk unassign keys from a guardrail

        Unassign multiple API keys from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /guardrails/{id}/assignments/keys/remove`` (operationId ``bulkUnassignKeysFromGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
            key_hashes: Array of API key hashes to unassign from the guardrail

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
            "BulkUnassignKeysResponse",
            self._core.call(
                _BULK_UNASSIGN_KEYS,
                {"id": id},
                {"key_hashes": key_hashes},
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

    async def bulk_unassign_keys_async(
        self,
        *,
        id: str,
        key_hashes: Sequence[str],
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
    ) -> BulkUnassignKeysResponse:
        """Bulk unassign keys from a guardrail

        The async twin of ``bulk_unassign_keys``.

        Unassign multiple API keys from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /guardrails/{id}/assignments/keys/remove`` (operationId ``bulkUnassignKeysFromGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
            key_hashes: Array of API key hashes to unassign from the guardrail

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
            "BulkUnassignKeysResponse",
            await self._core.call_async(
                _BULK_UNASSIGN_KEYS,
                {"id": id},
                {"key_hashes": key_hashes},
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

    def list_guardrail_member_assignments(
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
    ) -> ListMemberAssignmentsResponse:
        """List member assignments for a guardrail

        List all organization member assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails/{id}/assignments/members`` (operationId ``listGuardrailMemberAssignments``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
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
            "ListMemberAssignmentsResponse",
            self._core.call(
                _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
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

    async def list_guardrail_member_assignments_async(
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
    ) -> ListMemberAssignmentsResponse:
        """List member assignments for a guardrail

        The async twin of ``list_guardrail_member_assignments``.

        List all organization member assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails/{id}/assignments/members`` (operationId ``listGuardrailMemberAssignments``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
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
            "ListMemberAssignmentsResponse",
            await self._core.call_async(
                _LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
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

    def bulk_assign_members(
        self,
        *,
        id: str,
        member_user_ids: Sequence[str],
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
    ) -> BulkAssignMembersResponse:
        """Bulk assign members to a guardrail

        Assign multiple organization members to a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /guardrails/{id}/assignments/members`` (operationId ``bulkAssignMembersToGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
            member_user_ids: Array of member user IDs to assign to the guardrail

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
            "BulkAssignMembersResponse",
            self._core.call(
                _BULK_ASSIGN_MEMBERS,
                {"id": id},
                {"member_user_ids": member_user_ids},
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

    async def bulk_assign_members_async(
        self,
        *,
        id: str,
        member_user_ids: Sequence[str],
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
    ) -> BulkAssignMembersResponse:
        """Bulk assign members to a guardrail

        The async twin of ``bulk_assign_members``.

        Assign multiple organization members to a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /guardrails/{id}/assignments/members`` (operationId ``bulkAssignMembersToGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
            member_user_ids: Array of member user IDs to assign to the guardrail

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
            "BulkAssignMembersResponse",
            await self._core.call_async(
                _BULK_ASSIGN_MEMBERS,
                {"id": id},
                {"member_user_ids": member_user_ids},
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

    def bulk_unassign_members(
        self,
        *,
        id: str,
        member_user_ids: Sequence[str],
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
    ) -> BulkUnassignMembersResponse:
        """Bulk unassign members from a guardrail

        Unassign multiple organization members from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /guardrails/{id}/assignments/members/remove`` (operationId ``bulkUnassignMembersFromGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
            member_user_ids: Array of member user IDs to unassign from the guardrail

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
            "BulkUnassignMembersResponse",
            self._core.call(
                _BULK_UNASSIGN_MEMBERS,
                {"id": id},
                {"member_user_ids": member_user_ids},
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

    async def bulk_unassign_members_async(
        self,
        *,
        id: str,
        member_user_ids: Sequence[str],
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
    ) -> BulkUnassignMembersResponse:
        """Bulk unassign members from a guardrail

        The async twin of ``bulk_unassign_members``.

        Unassign multiple organization members from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /guardrails/{id}/assignments/members/remove`` (operationId ``bulkUnassignMembersFromGuardrail``).

        Args:
            id (path parameter ``id``): The unique identifier of the guardrail
            member_user_ids: Array of member user IDs to unassign from the guardrail

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
            "BulkUnassignMembersResponse",
            await self._core.call_async(
                _BULK_UNASSIGN_MEMBERS,
                {"id": id},
                {"member_user_ids": member_user_ids},
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

    def list_key_assignments(
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
    ) -> ListKeyAssignmentsResponse:
        """List all key assignments

        List all API key guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails/assignments/keys`` (operationId ``listKeyAssignments``).

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
            "ListKeyAssignmentsResponse",
            self._core.call(
                _LIST_KEY_ASSIGNMENTS,
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

    async def list_key_assignments_async(
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
    ) -> ListKeyAssignmentsResponse:
        """List all key assignments

        The async twin of ``list_key_assignments``.

        List all API key guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails/assignments/keys`` (operationId ``listKeyAssignments``).

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
            "ListKeyAssignmentsResponse",
            await self._core.call_async(
                _LIST_KEY_ASSIGNMENTS,
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

    def list_member_assignments(
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
    ) -> ListMemberAssignmentsResponse:
        """List all member assignments

        List all organization member guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails/assignments/members`` (operationId ``listMemberAssignments``).

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
            "ListMemberAssignmentsResponse",
            self._core.call(
                _LIST_MEMBER_ASSIGNMENTS,
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

    async def list_member_assignments_async(
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
    ) -> ListMemberAssignmentsResponse:
        """List all member assignments

        The async twin of ``list_member_assignments``.

        List all organization member guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /guardrails/assignments/members`` (operationId ``listMemberAssignments``).

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
            "ListMemberAssignmentsResponse",
            await self._core.call_async(
                _LIST_MEMBER_ASSIGNMENTS,
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


class GuardrailsWithRawResponse:
    """``client.guardrails.with_raw_response``: the operations of ``Guardrails``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``list``, ``create``, ``delete``, ``get``, ``update``, ``list_guardrail_key_assignments``, ``bulk_assign_keys``, ``bulk_unassign_keys``, ``list_guardrail_member_assignments``, ``bulk_assign_members``, ``bulk_unassign_members``, ``list_key_assignments``, ``list_member_assignments`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Guardrails(core)
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
        self.list_guardrail_key_assignments = raw_response(
            operations.list_guardrail_key_assignments
        )
        self.list_guardrail_key_assignments_async = raw_response_async(
            operations.list_guardrail_key_assignments_async
        )
        self.bulk_assign_keys = raw_response(operations.bulk_assign_keys)
        self.bulk_assign_keys_async = raw_response_async(
            operations.bulk_assign_keys_async
        )
        self.bulk_unassign_keys = raw_response(operations.bulk_unassign_keys)
        self.bulk_unassign_keys_async = raw_response_async(
            operations.bulk_unassign_keys_async
        )
        self.list_guardrail_member_assignments = raw_response(
            operations.list_guardrail_member_assignments
        )
        self.list_guardrail_member_assignments_async = raw_response_async(
            operations.list_guardrail_member_assignments_async
        )
        self.bulk_assign_members = raw_response(operations.bulk_assign_members)
        self.bulk_assign_members_async = raw_response_async(
            operations.bulk_assign_members_async
        )
        self.bulk_unassign_members = raw_response(operations.bulk_unassign_members)
        self.bulk_unassign_members_async = raw_response_async(
            operations.bulk_unassign_members_async
        )
        self.list_key_assignments = raw_response(operations.list_key_assignments)
        self.list_key_assignments_async = raw_response_async(
            operations.list_key_assignments_async
        )
        self.list_member_assignments = raw_response(operations.list_member_assignments)
        self.list_member_assignments_async = raw_response_async(
            operations.list_member_assignments_async
        )
