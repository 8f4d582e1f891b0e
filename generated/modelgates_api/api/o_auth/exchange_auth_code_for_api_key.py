from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.exchange_auth_code_for_api_key_body import ExchangeAuthCodeForApiKeyBody
from ...models.exchange_auth_code_for_api_key_response_200 import ExchangeAuthCodeForApiKeyResponse200

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse


def _get_kwargs(
    *,
    body: ExchangeAuthCodeForApiKeyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BadRequestResponse | ExchangeAuthCodeForApiKeyResponse200 | ForbiddenResponse | InternalServerResponse | None:
    if response.status_code == 200:
        response_200 = ExchangeAuthCodeForApiKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.bad_request_response import BadRequestResponse

        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        from ...models.forbidden_response import ForbiddenResponse

        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        from ...models.internal_server_response import InternalServerResponse

        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
