from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_observability_destination_request import (
    CreateObservabilityDestinationRequest,
)
from ...models.create_observability_destination_response import (
    CreateObservabilityDestinationResponse,
)
from ...types import Response

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.conflict_response import ConflictResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    *,
    body: CreateObservabilityDestinationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/destinations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateObservabilityDestinationResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 201:
        response_201 = CreateObservabilityDestinationResponse.from_dict(response.json())

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

    if response.status_code == 409:
        from ...models.conflict_response import ConflictResponse

        response_409 = ConflictResponse.from_dict(response.json())

        return response_409

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
    | ConflictResponse
    | CreateObservabilityDestinationResponse
    | ForbiddenResponse
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
    body: CreateObservabilityDestinationRequest,
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreateObservabilityDestinationResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Create an observability destination

     Create a new observability destination. A maximum of 5 destinations per type is allowed. Defaults to
    the authenticated entity's default workspace; use the `workspace_id` body field to scope to a
    different workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateObservabilityDestinationRequest):  Example: {'config': {'baseUrl':
            'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'},
            'name': 'Production Langfuse', 'type': 'langfuse'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreateObservabilityDestinationResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
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
    body: CreateObservabilityDestinationRequest,
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateObservabilityDestinationResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create an observability destination

     Create a new observability destination. A maximum of 5 destinations per type is allowed. Defaults to
    the authenticated entity's default workspace; use the `workspace_id` body field to scope to a
    different workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateObservabilityDestinationRequest):  Example: {'config': {'baseUrl':
            'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'},
            'name': 'Production Langfuse', 'type': 'langfuse'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreateObservabilityDestinationResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateObservabilityDestinationRequest,
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreateObservabilityDestinationResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Create an observability destination

     Create a new observability destination. A maximum of 5 destinations per type is allowed. Defaults to
    the authenticated entity's default workspace; use the `workspace_id` body field to scope to a
    different workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateObservabilityDestinationRequest):  Example: {'config': {'baseUrl':
            'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'},
            'name': 'Production Langfuse', 'type': 'langfuse'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreateObservabilityDestinationResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateObservabilityDestinationRequest,
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateObservabilityDestinationResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create an observability destination

     Create a new observability destination. A maximum of 5 destinations per type is allowed. Defaults to
    the authenticated entity's default workspace; use the `workspace_id` body field to scope to a
    different workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateObservabilityDestinationRequest):  Example: {'config': {'baseUrl':
            'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'},
            'name': 'Production Langfuse', 'type': 'langfuse'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreateObservabilityDestinationResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
