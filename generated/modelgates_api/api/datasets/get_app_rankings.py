from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.app_rankings_response import AppRankingsResponse
from ...models.get_app_rankings_category import GetAppRankingsCategory
from ...models.get_app_rankings_sort import GetAppRankingsSort
from ...models.get_app_rankings_subcategory import GetAppRankingsSubcategory
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    *,
    category: GetAppRankingsCategory | Unset = UNSET,
    subcategory: GetAppRankingsSubcategory | Unset = UNSET,
    sort: GetAppRankingsSort | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category

    params["category"] = json_category

    json_subcategory: str | Unset = UNSET
    if not isinstance(subcategory, Unset):
        json_subcategory = subcategory

    params["subcategory"] = json_subcategory

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["limit"] = limit

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/app-rankings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AppRankingsResponse
    | BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = AppRankingsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.bad_request_response import BadRequestResponse

        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        from ...models.unauthorized_response import UnauthorizedResponse

        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        from ...models.too_many_requests_response import TooManyRequestsResponse

        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        from ...models.internal_server_response import InternalServerResponse

        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
