from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.list_endpoints_response_200 import ListEndpointsResponse200

if TYPE_CHECKING:
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse


def _get_kwargs(
    author: str,
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/{author}/{slug}/endpoints".format(
            author=quote(str(author), safe=""),
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForbiddenResponse | InternalServerResponse | ListEndpointsResponse200 | NotFoundResponse | None:
    if response.status_code == 200:
        response_200 = ListEndpointsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        from ...models.forbidden_response import ForbiddenResponse

        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

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
