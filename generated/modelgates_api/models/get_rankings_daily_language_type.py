from typing import Literal

GetRankingsDailyLanguageType = Literal["natural", "programming"]

GET_RANKINGS_DAILY_LANGUAGE_TYPE_VALUES: set[GetRankingsDailyLanguageType] = {
    "natural",
    "programming",
}


def check_get_rankings_daily_language_type(value: str) -> GetRankingsDailyLanguageType:
    if value in GET_RANKINGS_DAILY_LANGUAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_RANKINGS_DAILY_LANGUAGE_TYPE_VALUES!r}"
    )
