from typing import Literal

from ..types import check_enum

GetRankingsDailyLanguageType = Literal["natural", "programming"] | str

GET_RANKINGS_DAILY_LANGUAGE_TYPE_VALUES: set[GetRankingsDailyLanguageType] = {
    "natural",
    "programming",
}


def check_get_rankings_daily_language_type(value: str) -> GetRankingsDailyLanguageType:
    return check_enum(value, GET_RANKINGS_DAILY_LANGUAGE_TYPE_VALUES, "GetRankingsDailyLanguageType")
