from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_workspace_request import UpdateWorkspaceRequest
from ...models.update_workspace_response import UpdateWorkspaceResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    id: str,
    *,
    body: UpdateWorkspaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/workspaces/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateWorkspaceResponse
    | None
):
    if response.status_code == 200:
        response_200 = UpdateWorkspaceResponse.from_dict(response.json())

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
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateWorkspaceResponse
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
    body: UpdateWorkspaceRequest,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateWorkspaceResponse
]:
    """Update a workspace

     Update an existing workspace by ID or slug. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (UpdateWorkspaceRequest):  Example: {'name': 'Updated Workspace', 'slug': 'updated-
            workspace'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateWorkspaceResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkspaceRequest,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateWorkspaceResponse
    | None
):
    """Update a workspace

     Update an existing workspace by ID or slug. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (UpdateWorkspaceRequest):  Example: {'name': 'Updated Workspace', 'slug': 'updated-
            workspace'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateWorkspaceResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkspaceRequest,
) -> Response[
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateWorkspaceResponse
]:
    """Update a workspace

     Update an existing workspace by ID or slug. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (UpdateWorkspaceRequest):  Example: {'name': 'Updated Workspace', 'slug': 'updated-
            workspace'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateWorkspaceResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkspaceRequest,
) -> (
    BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateWorkspaceResponse
    | None
):
    """Update a workspace

     Update an existing workspace by ID or slug. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (UpdateWorkspaceRequest):  Example: {'name': 'Updated Workspace', 'slug': 'updated-
            workspace'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateWorkspaceResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
