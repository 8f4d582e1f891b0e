from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.video_generation_response import VideoGenerationResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/videos/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    if response.status_code == 200:
        response_200 = VideoGenerationResponse.from_dict(response.json())

        return response_200

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
    InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
]:
    """Poll video generation status

     Returns job status and content URLs when completed

    Args:
        job_id (str):  Example: job-abc123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalServerResponse | NotFoundResponse | UnauthorizedResponse | VideoGenerationResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    """Poll video generation status

     Returns job status and content URLs when completed

    Args:
        job_id (str):  Example: job-abc123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalServerResponse | NotFoundResponse | UnauthorizedResponse | VideoGenerationResponse
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
]:
    """Poll video generation status

     Returns job status and content URLs when completed

    Args:
        job_id (str):  Example: job-abc123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalServerResponse | NotFoundResponse | UnauthorizedResponse | VideoGenerationResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    """Poll video generation status

     Returns job status and content URLs when completed

    Args:
        job_id (str):  Example: job-abc123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalServerResponse | NotFoundResponse | UnauthorizedResponse | VideoGenerationResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
