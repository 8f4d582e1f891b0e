from __future__ import annotations

from http import HTTPStatus
from io import BytesIO
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.bad_gateway_response import BadGatewayResponse
    from ...models.bad_request_response import BadRequestResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    job_id: str,
    *,
    index: int | None | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_index: int | None | Unset
    if isinstance(index, Unset):
        json_index = UNSET
    else:
        json_index = index
    params["index"] = json_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/videos/{job_id}/content".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | File
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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

    if response.status_code == 502:
        from ...models.bad_gateway_response import BadGatewayResponse

        response_502 = BadGatewayResponse.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadGatewayResponse
    | BadRequestResponse
    | File
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    index: int | None | Unset = 0,
) -> Response[
    BadGatewayResponse
    | BadRequestResponse
    | File
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Download generated video content

     Streams the generated video content from the upstream provider

    Args:
        job_id (str):  Example: job-abc123.
        index (int | None | Unset):  Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | BadRequestResponse | File | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        index=index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    index: int | None | Unset = 0,
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | File
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Download generated video content

     Streams the generated video content from the upstream provider

    Args:
        job_id (str):  Example: job-abc123.
        index (int | None | Unset):  Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | BadRequestResponse | File | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        index=index,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    index: int | None | Unset = 0,
) -> Response[
    BadGatewayResponse
    | BadRequestResponse
    | File
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Download generated video content

     Streams the generated video content from the upstream provider

    Args:
        job_id (str):  Example: job-abc123.
        index (int | None | Unset):  Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | BadRequestResponse | File | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        index=index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    index: int | None | Unset = 0,
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | File
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Download generated video content

     Streams the generated video content from the upstream provider

    Args:
        job_id (str):  Example: job-abc123.
        index (int | None | Unset):  Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | BadRequestResponse | File | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            index=index,
        )
    ).parsed
