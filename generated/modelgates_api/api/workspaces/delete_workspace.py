from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_workspace_response import DeleteWorkspaceResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/workspaces/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | DeleteWorkspaceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = DeleteWorkspaceResponse.from_dict(response.json())

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
    BadRequestResponse
    | DeleteWorkspaceResponse
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BadRequestResponse
    | DeleteWorkspaceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Delete a workspace

     Delete an existing workspace. Workspaces with active API keys cannot be deleted; remove the keys
    first. Deleting the default workspace is not yet generally available; callers not enabled for it
    receive a 403 while the capability rolls out. Deleting any workspace permanently deletes its budgets
    and guardrails and disables its classifiers and broadcast destinations. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | DeleteWorkspaceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequestResponse
    | DeleteWorkspaceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Delete a workspace

     Delete an existing workspace. Workspaces with active API keys cannot be deleted; remove the keys
    first. Deleting the default workspace is not yet generally available; callers not enabled for it
    receive a 403 while the capability rolls out. Deleting any workspace permanently deletes its budgets
    and guardrails and disables its classifiers and broadcast destinations. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | DeleteWorkspaceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BadRequestResponse
    | DeleteWorkspaceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Delete a workspace

     Delete an existing workspace. Workspaces with active API keys cannot be deleted; remove the keys
    first. Deleting the default workspace is not yet generally available; callers not enabled for it
    receive a 403 while the capability rolls out. Deleting any workspace permanently deletes its budgets
    and guardrails and disables its classifiers and broadcast destinations. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | DeleteWorkspaceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    BadRequestResponse
    | DeleteWorkspaceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Delete a workspace

     Delete an existing workspace. Workspaces with active API keys cannot be deleted; remove the keys
    first. Deleting the default workspace is not yet generally available; callers not enabled for it
    receive a 403 while the capability rolls out. Deleting any workspace permanently deletes its budgets
    and guardrails and disables its classifiers and broadcast destinations. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | DeleteWorkspaceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
