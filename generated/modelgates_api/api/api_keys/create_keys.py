from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_keys_body import CreateKeysBody
from ...models.create_keys_response_201 import CreateKeysResponse201
from ...types import Response

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    *,
    body: CreateKeysBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | CreateKeysResponse201
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 201:
        response_201 = CreateKeysResponse201.from_dict(response.json())

        return response_201

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

    if response.status_code == 429:
        from ...models.too_many_requests_response import TooManyRequestsResponse

        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

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
    | CreateKeysResponse201
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
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
    body: CreateKeysBody,
) -> Response[
    BadRequestResponse
    | CreateKeysResponse201
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Create a new API key

     Create a new API key for the authenticated user. The plaintext `key` is returned only in this
    response. Treat it as a write-only, sensitive value; it cannot be retrieved later. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateKeysBody):  Example: {'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': True, 'limit': 50, 'limit_reset': 'monthly', 'name': 'My New API
            Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateKeysResponse201 | ForbiddenResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateKeysBody,
) -> (
    BadRequestResponse
    | CreateKeysResponse201
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Create a new API key

     Create a new API key for the authenticated user. The plaintext `key` is returned only in this
    response. Treat it as a write-only, sensitive value; it cannot be retrieved later. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateKeysBody):  Example: {'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': True, 'limit': 50, 'limit_reset': 'monthly', 'name': 'My New API
            Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateKeysResponse201 | ForbiddenResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateKeysBody,
) -> Response[
    BadRequestResponse
    | CreateKeysResponse201
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Create a new API key

     Create a new API key for the authenticated user. The plaintext `key` is returned only in this
    response. Treat it as a write-only, sensitive value; it cannot be retrieved later. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateKeysBody):  Example: {'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': True, 'limit': 50, 'limit_reset': 'monthly', 'name': 'My New API
            Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateKeysResponse201 | ForbiddenResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateKeysBody,
) -> (
    BadRequestResponse
    | CreateKeysResponse201
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Create a new API key

     Create a new API key for the authenticated user. The plaintext `key` is returned only in this
    response. Treat it as a write-only, sensitive value; it cannot be retrieved later. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateKeysBody):  Example: {'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': True, 'limit': 50, 'limit_reset': 'monthly', 'name': 'My New API
            Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateKeysResponse201 | ForbiddenResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
