from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.create_observability_destination_request import CreateObservabilityDestinationRequest
from ...models.create_observability_destination_response import CreateObservabilityDestinationResponse

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
