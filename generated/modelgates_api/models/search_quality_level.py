from typing import Literal

from ..types import check_enum

SearchQualityLevel = Literal["high", "low", "medium"] | str

SEARCH_QUALITY_LEVEL_VALUES: set[SearchQualityLevel] = {
    "high",
    "low",
    "medium",
}


def check_search_quality_level(value: str) -> SearchQualityLevel:
    return check_enum(value, SEARCH_QUALITY_LEVEL_VALUES, "SearchQualityLevel")
