from typing import Literal

from ..types import check_enum

GetRankingsDailyCategory = (
    Literal[
        "academia",
        "finance",
        "health",
        "legal",
        "marketing",
        "marketing/seo",
        "programming",
        "roleplay",
        "science",
        "technology",
        "translation",
        "trivia",
    ]
    | str
)

GET_RANKINGS_DAILY_CATEGORY_VALUES: set[GetRankingsDailyCategory] = {
    "academia",
    "finance",
    "health",
    "legal",
    "marketing",
    "marketing/seo",
    "programming",
    "roleplay",
    "science",
    "technology",
    "translation",
    "trivia",
}


def check_get_rankings_daily_category(value: str) -> GetRankingsDailyCategory:
    return check_enum(value, GET_RANKINGS_DAILY_CATEGORY_VALUES, "GetRankingsDailyCategory")
