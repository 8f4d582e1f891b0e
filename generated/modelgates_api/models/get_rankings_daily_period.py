from typing import Literal

from ..types import check_enum

GetRankingsDailyPeriod = Literal["day", "month", "week"] | str

GET_RANKINGS_DAILY_PERIOD_VALUES: set[GetRankingsDailyPeriod] = {
    "day",
    "month",
    "week",
}


def check_get_rankings_daily_period(value: str) -> GetRankingsDailyPeriod:
    return check_enum(value, GET_RANKINGS_DAILY_PERIOD_VALUES, "GetRankingsDailyPeriod")
