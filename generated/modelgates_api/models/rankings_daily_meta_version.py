from typing import Literal

from ..types import check_enum

RankingsDailyMetaVersion = Literal["v1"] | str

RANKINGS_DAILY_META_VERSION_VALUES: set[RankingsDailyMetaVersion] = {
    "v1",
}


def check_rankings_daily_meta_version(value: str) -> RankingsDailyMetaVersion:
    return check_enum(value, RANKINGS_DAILY_META_VERSION_VALUES, "RankingsDailyMetaVersion")
