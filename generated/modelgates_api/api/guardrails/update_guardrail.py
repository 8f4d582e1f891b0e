from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_guardrail_request import UpdateGuardrailRequest
from ...models.update_guardrail_response import UpdateGuardrailResponse
from ...types import Response

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    id: str,
    *,
    body: UpdateGuardrailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/guardrails/{id}".format(
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
    | UpdateGuardrailResponse
    | None
):
    if response.status_code == 200:
        response_200 = UpdateGuardrailResponse.from_dict(response.json())

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
    | UpdateGuardrailResponse
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
    body: UpdateGuardrailRequest,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateGuardrailResponse
]:
    """Update a guardrail

     Update an existing guardrail, or materialize an unconfigured workspace default guardrail. Collection
    fields use replace semantics: send the full desired set on every update. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The unique identifier of the guardrail to update Example:
            550e8400-e29b-41d4-a716-446655440000.
        body (UpdateGuardrailRequest):  Example: {'description': 'Updated description',
            'limit_usd': 75, 'name': 'Updated Guardrail Name', 'reset_interval': 'weekly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateGuardrailResponse]
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
    body: UpdateGuardrailRequest,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateGuardrailResponse
    | None
):
    """Update a guardrail

     Update an existing guardrail, or materialize an unconfigured workspace default guardrail. Collection
    fields use replace semantics: send the full desired set on every update. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The unique identifier of the guardrail to update Example:
            550e8400-e29b-41d4-a716-446655440000.
        body (UpdateGuardrailRequest):  Example: {'description': 'Updated description',
            'limit_usd': 75, 'name': 'Updated Guardrail Name', 'reset_interval': 'weekly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateGuardrailResponse
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
    body: UpdateGuardrailRequest,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateGuardrailResponse
]:
    """Update a guardrail

     Update an existing guardrail, or materialize an unconfigured workspace default guardrail. Collection
    fields use replace semantics: send the full desired set on every update. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The unique identifier of the guardrail to update Example:
            550e8400-e29b-41d4-a716-446655440000.
        body (UpdateGuardrailRequest):  Example: {'description': 'Updated description',
            'limit_usd': 75, 'name': 'Updated Guardrail Name', 'reset_interval': 'weekly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateGuardrailResponse]
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
    body: UpdateGuardrailRequest,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateGuardrailResponse
    | None
):
    """Update a guardrail

     Update an existing guardrail, or materialize an unconfigured workspace default guardrail. Collection
    fields use replace semantics: send the full desired set on every update. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The unique identifier of the guardrail to update Example:
            550e8400-e29b-41d4-a716-446655440000.
        body (UpdateGuardrailRequest):  Example: {'description': 'Updated description',
            'limit_usd': 75, 'name': 'Updated Guardrail Name', 'reset_interval': 'weekly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateGuardrailResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
