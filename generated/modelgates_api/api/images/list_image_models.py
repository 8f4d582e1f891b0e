from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.image_models_list_response import ImageModelsListResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.internal_server_response import InternalServerResponse


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/models",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImageModelsListResponse | InternalServerResponse | None:
    if response.status_code == 200:
        response_200 = ImageModelsListResponse.from_dict(response.json())

        return response_200

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
) -> Response[ImageModelsListResponse | InternalServerResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ImageModelsListResponse | InternalServerResponse]:
    """List image generation models

     Lists every image generation model with its top-level supported-parameter superset and a URL to its
    full per-endpoint records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImageModelsListResponse | InternalServerResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ImageModelsListResponse | InternalServerResponse | None:
    """List image generation models

     Lists every image generation model with its top-level supported-parameter superset and a URL to its
    full per-endpoint records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImageModelsListResponse | InternalServerResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ImageModelsListResponse | InternalServerResponse]:
    """List image generation models

     Lists every image generation model with its top-level supported-parameter superset and a URL to its
    full per-endpoint records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImageModelsListResponse | InternalServerResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ImageModelsListResponse | InternalServerResponse | None:
    """List image generation models

     Lists every image generation model with its top-level supported-parameter superset and a URL to its
    full per-endpoint records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImageModelsListResponse | InternalServerResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
