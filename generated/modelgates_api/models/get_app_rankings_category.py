from typing import Literal

from ..types import check_enum

GetAppRankingsCategory = Literal["coding", "creative", "entertainment", "productivity"] | str

GET_APP_RANKINGS_CATEGORY_VALUES: set[GetAppRankingsCategory] = {
    "coding",
    "creative",
    "entertainment",
    "productivity",
}


def check_get_app_rankings_category(value: str) -> GetAppRankingsCategory:
    return check_enum(value, GET_APP_RANKINGS_CATEGORY_VALUES, "GetAppRankingsCategory")
