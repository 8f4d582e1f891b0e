from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_byok_key_request import UpdateBYOKKeyRequest
from ...models.update_byok_key_response import UpdateBYOKKeyResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    id: str,
    *,
    body: UpdateBYOKKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/byok/{id}".format(
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
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
    | None
):
    if response.status_code == 200:
        response_200 = UpdateBYOKKeyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.bad_request_response import BadRequestResponse

        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        from ...models.unauthorized_response import UnauthorizedResponse

        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

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
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
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
    body: UpdateBYOKKeyRequest,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
]:
    """Update a BYOK provider credential

     Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key`
    field to rotate the raw provider API key in-place (the previous key material is overwritten). Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null` clears
    the restriction). [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The BYOK credential ID (UUID). Example: 11111111-2222-3333-4444-555555555555.
        body (UpdateBYOKKeyRequest):  Example: {'disabled': False, 'name': 'Updated OpenAI Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateBYOKKeyResponse]
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
    body: UpdateBYOKKeyRequest,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
    | None
):
    """Update a BYOK provider credential

     Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key`
    field to rotate the raw provider API key in-place (the previous key material is overwritten). Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null` clears
    the restriction). [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The BYOK credential ID (UUID). Example: 11111111-2222-3333-4444-555555555555.
        body (UpdateBYOKKeyRequest):  Example: {'disabled': False, 'name': 'Updated OpenAI Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateBYOKKeyResponse
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
    body: UpdateBYOKKeyRequest,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
]:
    """Update a BYOK provider credential

     Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key`
    field to rotate the raw provider API key in-place (the previous key material is overwritten). Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null` clears
    the restriction). [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The BYOK credential ID (UUID). Example: 11111111-2222-3333-4444-555555555555.
        body (UpdateBYOKKeyRequest):  Example: {'disabled': False, 'name': 'Updated OpenAI Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateBYOKKeyResponse]
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
    body: UpdateBYOKKeyRequest,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
    | None
):
    """Update a BYOK provider credential

     Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key`
    field to rotate the raw provider API key in-place (the previous key material is overwritten). Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null` clears
    the restriction). [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The BYOK credential ID (UUID). Example: 11111111-2222-3333-4444-555555555555.
        body (UpdateBYOKKeyRequest):  Example: {'disabled': False, 'name': 'Updated OpenAI Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateBYOKKeyResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
