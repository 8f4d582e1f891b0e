from typing import Literal

GetRankingsDailyContextBucket = Literal["100K", "10K", "10M", "1K", "1M"]

GET_RANKINGS_DAILY_CONTEXT_BUCKET_VALUES: set[GetRankingsDailyContextBucket] = {
    "100K",
    "10K",
    "10M",
    "1K",
    "1M",
}


def check_get_rankings_daily_context_bucket(
    value: str,
) -> GetRankingsDailyContextBucket:
    if value in GET_RANKINGS_DAILY_CONTEXT_BUCKET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_RANKINGS_DAILY_CONTEXT_BUCKET_VALUES!r}"
    )
