from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_guardrail_response import DeleteGuardrailResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/guardrails/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteGuardrailResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = DeleteGuardrailResponse.from_dict(response.json())

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
    DeleteGuardrailResponse
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
    DeleteGuardrailResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Delete a guardrail

     Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys)
    required.

    Args:
        id (str): The unique identifier of the guardrail to delete Example:
            550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteGuardrailResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
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
    DeleteGuardrailResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Delete a guardrail

     Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys)
    required.

    Args:
        id (str): The unique identifier of the guardrail to delete Example:
            550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteGuardrailResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
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
    DeleteGuardrailResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Delete a guardrail

     Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys)
    required.

    Args:
        id (str): The unique identifier of the guardrail to delete Example:
            550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteGuardrailResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
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
    DeleteGuardrailResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Delete a guardrail

     Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys)
    required.

    Args:
        id (str): The unique identifier of the guardrail to delete Example:
            550e8400-e29b-41d4-a716-446655440000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteGuardrailResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
