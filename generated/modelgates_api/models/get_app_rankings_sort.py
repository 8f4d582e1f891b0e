from typing import Literal

from ..types import check_enum

GetAppRankingsSort = Literal["popular", "trending"] | str

GET_APP_RANKINGS_SORT_VALUES: set[GetAppRankingsSort] = {
    "popular",
    "trending",
}


def check_get_app_rankings_sort(value: str) -> GetAppRankingsSort:
    return check_enum(value, GET_APP_RANKINGS_SORT_VALUES, "GetAppRankingsSort")
