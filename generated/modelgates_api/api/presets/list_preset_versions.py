from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_preset_versions_response import ListPresetVersionsResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    slug: str,
    *,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/presets/{slug}/versions".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | InternalServerResponse
    | ListPresetVersionsResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = ListPresetVersionsResponse.from_dict(response.json())

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
    | ListPresetVersionsResponse
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
    slug: str,
    *,
    client: AuthenticatedClient,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | ListPresetVersionsResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """List versions of a preset

     Lists all versions of a preset, ordered by version number ascending (oldest first).

    Args:
        slug (str): URL-safe slug identifying the preset. Example: my-preset.
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | ListPresetVersionsResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        slug=slug,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | ListPresetVersionsResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """List versions of a preset

     Lists all versions of a preset, ordered by version number ascending (oldest first).

    Args:
        slug (str): URL-safe slug identifying the preset. Example: my-preset.
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | ListPresetVersionsResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        slug=slug,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | ListPresetVersionsResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """List versions of a preset

     Lists all versions of a preset, ordered by version number ascending (oldest first).

    Args:
        slug (str): URL-safe slug identifying the preset. Example: my-preset.
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | ListPresetVersionsResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        slug=slug,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | ListPresetVersionsResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """List versions of a preset

     Lists all versions of a preset, ordered by version number ascending (oldest first).

    Args:
        slug (str): URL-safe slug identifying the preset. Example: my-preset.
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | ListPresetVersionsResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
