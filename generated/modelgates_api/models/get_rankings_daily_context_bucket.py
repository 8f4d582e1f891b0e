from typing import Literal

from ..types import check_enum

GetRankingsDailyContextBucket = Literal["100K", "10K", "10M", "1K", "1M"] | str

GET_RANKINGS_DAILY_CONTEXT_BUCKET_VALUES: set[GetRankingsDailyContextBucket] = {
    "100K",
    "10K",
    "10M",
    "1K",
    "1M",
}


def check_get_rankings_daily_context_bucket(value: str) -> GetRankingsDailyContextBucket:
    return check_enum(value, GET_RANKINGS_DAILY_CONTEXT_BUCKET_VALUES, "GetRankingsDailyContextBucket")
