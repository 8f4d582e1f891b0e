from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_credits_response_200 import GetCreditsResponse200
from ...types import Response

if TYPE_CHECKING:
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/credits",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ForbiddenResponse
    | GetCreditsResponse200
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = GetCreditsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        from ...models.unauthorized_response import UnauthorizedResponse

        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        from ...models.forbidden_response import ForbiddenResponse

        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

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
    ForbiddenResponse
    | GetCreditsResponse200
    | InternalServerResponse
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
) -> Response[
    ForbiddenResponse
    | GetCreditsResponse200
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Get remaining credits

     Get total credits purchased and used for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | GetCreditsResponse200 | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ForbiddenResponse
    | GetCreditsResponse200
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Get remaining credits

     Get total credits purchased and used for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | GetCreditsResponse200 | InternalServerResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ForbiddenResponse
    | GetCreditsResponse200
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Get remaining credits

     Get total credits purchased and used for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | GetCreditsResponse200 | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ForbiddenResponse
    | GetCreditsResponse200
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Get remaining credits

     Get total credits purchased and used for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | GetCreditsResponse200 | InternalServerResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
