from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.get_analytics_meta_response_200 import GetAnalyticsMetaResponse200

if TYPE_CHECKING:
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/meta",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForbiddenResponse | GetAnalyticsMetaResponse200 | InternalServerResponse | UnauthorizedResponse | None:
    if response.status_code == 200:
        response_200 = GetAnalyticsMetaResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        from ...models.unauthorized_response import UnauthorizedResponse

        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

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
