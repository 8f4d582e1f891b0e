from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.activity_response import ActivityResponse
from ...models.get_user_activity_group_by import GetUserActivityGroupBy
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    *,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date"] = date

    params["api_key_hash"] = api_key_hash

    params["user_id"] = user_id

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by

    params["group_by"] = json_group_by

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ActivityResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = ActivityResponse.from_dict(response.json())

        return response_200

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
