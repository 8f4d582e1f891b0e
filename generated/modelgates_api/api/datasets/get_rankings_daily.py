from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.get_rankings_daily_category import GetRankingsDailyCategory
from ...models.get_rankings_daily_context_bucket import GetRankingsDailyContextBucket
from ...models.get_rankings_daily_language_type import GetRankingsDailyLanguageType
from ...models.get_rankings_daily_modality import GetRankingsDailyModality
from ...models.get_rankings_daily_period import GetRankingsDailyPeriod
from ...models.rankings_daily_response import RankingsDailyResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    period: GetRankingsDailyPeriod | Unset = UNSET,
    modality: GetRankingsDailyModality | Unset = UNSET,
    context_bucket: GetRankingsDailyContextBucket | Unset = UNSET,
    category: GetRankingsDailyCategory | Unset = UNSET,
    language_type: GetRankingsDailyLanguageType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period

    params["period"] = json_period

    json_modality: str | Unset = UNSET
    if not isinstance(modality, Unset):
        json_modality = modality

    params["modality"] = json_modality

    json_context_bucket: str | Unset = UNSET
    if not isinstance(context_bucket, Unset):
        json_context_bucket = context_bucket

    params["context_bucket"] = json_context_bucket

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category

    params["category"] = json_category

    json_language_type: str | Unset = UNSET
    if not isinstance(language_type, Unset):
        json_language_type = language_type

    params["language_type"] = json_language_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/rankings-daily",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | InternalServerResponse
    | RankingsDailyResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = RankingsDailyResponse.from_dict(response.json())

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
