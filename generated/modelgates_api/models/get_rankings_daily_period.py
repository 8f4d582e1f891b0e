from typing import Literal

GetRankingsDailyPeriod = Literal["day", "month", "week"]

GET_RANKINGS_DAILY_PERIOD_VALUES: set[GetRankingsDailyPeriod] = {
    "day",
    "month",
    "week",
}


def check_get_rankings_daily_period(value: str) -> GetRankingsDailyPeriod:
    if value in GET_RANKINGS_DAILY_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_RANKINGS_DAILY_PERIOD_VALUES!r}"
    )
