from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_response import ActivityResponse
from ...models.get_user_activity_group_by import (
    GetUserActivityGroupBy,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    *,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date"] = date

    params["api_key_hash"] = api_key_hash

    params["user_id"] = user_id

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by

    params["group_by"] = json_group_by

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ActivityResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = ActivityResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.bad_request_response import BadRequestResponse

        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        from ...models.unauthorized_response import UnauthorizedResponse

        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        from ...models.forbidden_response import ForbiddenResponse

        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        from ...models.not_found_response import NotFoundResponse

        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        from ...models.internal_server_response import InternalServerResponse

        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ActivityResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[
    ActivityResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Get user activity grouped by endpoint

     Returns user activity data grouped by endpoint for the last 30 (completed) UTC days. Pass
    `workspace_id` to scope the response to a single workspace. Pass `group_by=workspace` to split each
    row per workspace and include `workspace_id` on every item; by default rows are aggregated across
    workspaces and `workspace_id` is not returned. Activity recorded before workspace resolution existed
    is permanently attributed to the account default workspace (no backfill is possible). [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        date (str | Unset): Filter by a single UTC date in the last 30 days (YYYY-MM-DD format).
            Example: 2025-08-24.
        api_key_hash (str | Unset): Filter by API key hash (SHA-256 hex string, as returned by the
            keys API). Example: abc123def456....
        user_id (str | Unset): Filter by org member user ID. Only applicable for organization
            accounts. Example: user_abc123.
        group_by (GetUserActivityGroupBy | Unset): Set to 'workspace' to split each row per
            workspace and include `workspace_id` on every item. Omitted by default, in which case rows
            are aggregated across workspaces (by date, model, and endpoint) and `workspace_id` is not
            returned — preserving the historical response shape. Example: workspace.
        workspace_id (str | Unset): Filter by workspace ID (UUID). Returns only activity
            attributed to that workspace. The workspace must belong to the authenticated account.
            Example: 550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        date=date,
        api_key_hash=api_key_hash,
        user_id=user_id,
        group_by=group_by,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> (
    ActivityResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Get user activity grouped by endpoint

     Returns user activity data grouped by endpoint for the last 30 (completed) UTC days. Pass
    `workspace_id` to scope the response to a single workspace. Pass `group_by=workspace` to split each
    row per workspace and include `workspace_id` on every item; by default rows are aggregated across
    workspaces and `workspace_id` is not returned. Activity recorded before workspace resolution existed
    is permanently attributed to the account default workspace (no backfill is possible). [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        date (str | Unset): Filter by a single UTC date in the last 30 days (YYYY-MM-DD format).
            Example: 2025-08-24.
        api_key_hash (str | Unset): Filter by API key hash (SHA-256 hex string, as returned by the
            keys API). Example: abc123def456....
        user_id (str | Unset): Filter by org member user ID. Only applicable for organization
            accounts. Example: user_abc123.
        group_by (GetUserActivityGroupBy | Unset): Set to 'workspace' to split each row per
            workspace and include `workspace_id` on every item. Omitted by default, in which case rows
            are aggregated across workspaces (by date, model, and endpoint) and `workspace_id` is not
            returned — preserving the historical response shape. Example: workspace.
        workspace_id (str | Unset): Filter by workspace ID (UUID). Returns only activity
            attributed to that workspace. The workspace must belong to the authenticated account.
            Example: 550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        date=date,
        api_key_hash=api_key_hash,
        user_id=user_id,
        group_by=group_by,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[
    ActivityResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Get user activity grouped by endpoint

     Returns user activity data grouped by endpoint for the last 30 (completed) UTC days. Pass
    `workspace_id` to scope the response to a single workspace. Pass `group_by=workspace` to split each
    row per workspace and include `workspace_id` on every item; by default rows are aggregated across
    workspaces and `workspace_id` is not returned. Activity recorded before workspace resolution existed
    is permanently attributed to the account default workspace (no backfill is possible). [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        date (str | Unset): Filter by a single UTC date in the last 30 days (YYYY-MM-DD format).
            Example: 2025-08-24.
        api_key_hash (str | Unset): Filter by API key hash (SHA-256 hex string, as returned by the
            keys API). Example: abc123def456....
        user_id (str | Unset): Filter by org member user ID. Only applicable for organization
            accounts. Example: user_abc123.
        group_by (GetUserActivityGroupBy | Unset): Set to 'workspace' to split each row per
            workspace and include `workspace_id` on every item. Omitted by default, in which case rows
            are aggregated across workspaces (by date, model, and endpoint) and `workspace_id` is not
            returned — preserving the historical response shape. Example: workspace.
        workspace_id (str | Unset): Filter by workspace ID (UUID). Returns only activity
            attributed to that workspace. The workspace must belong to the authenticated account.
            Example: 550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        date=date,
        api_key_hash=api_key_hash,
        user_id=user_id,
        group_by=group_by,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> (
    ActivityResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Get user activity grouped by endpoint

     Returns user activity data grouped by endpoint for the last 30 (completed) UTC days. Pass
    `workspace_id` to scope the response to a single workspace. Pass `group_by=workspace` to split each
    row per workspace and include `workspace_id` on every item; by default rows are aggregated across
    workspaces and `workspace_id` is not returned. Activity recorded before workspace resolution existed
    is permanently attributed to the account default workspace (no backfill is possible). [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        date (str | Unset): Filter by a single UTC date in the last 30 days (YYYY-MM-DD format).
            Example: 2025-08-24.
        api_key_hash (str | Unset): Filter by API key hash (SHA-256 hex string, as returned by the
            keys API). Example: abc123def456....
        user_id (str | Unset): Filter by org member user ID. Only applicable for organization
            accounts. Example: user_abc123.
        group_by (GetUserActivityGroupBy | Unset): Set to 'workspace' to split each row per
            workspace and include `workspace_id` on every item. Omitted by default, in which case rows
            are aggregated across workspaces (by date, model, and endpoint) and `workspace_id` is not
            returned — preserving the historical response shape. Example: workspace.
        workspace_id (str | Unset): Filter by workspace ID (UUID). Returns only activity
            attributed to that workspace. The workspace must belong to the authenticated account.
            Example: 550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            date=date,
            api_key_hash=api_key_hash,
            user_id=user_id,
            group_by=group_by,
            workspace_id=workspace_id,
        )
    ).parsed
