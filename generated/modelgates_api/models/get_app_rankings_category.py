from typing import Literal

GetAppRankingsCategory = Literal["coding", "creative", "entertainment", "productivity"]

GET_APP_RANKINGS_CATEGORY_VALUES: set[GetAppRankingsCategory] = {
    "coding",
    "creative",
    "entertainment",
    "productivity",
}


def check_get_app_rankings_category(value: str) -> GetAppRankingsCategory:
    if value in GET_APP_RANKINGS_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_APP_RANKINGS_CATEGORY_VALUES!r}"
    )
