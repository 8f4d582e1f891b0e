from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.update_byok_key_request import UpdateBYOKKeyRequest
from ...models.update_byok_key_response import UpdateBYOKKeyResponse

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    id: str,
    *,
    body: UpdateBYOKKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/byok/{id}".format(
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
    BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateBYOKKeyResponse | None
):
    if response.status_code == 200:
        response_200 = UpdateBYOKKeyResponse.from_dict(response.json())

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
