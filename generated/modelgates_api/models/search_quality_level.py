from typing import Literal

SearchQualityLevel = Literal["high", "low", "medium"]

SEARCH_QUALITY_LEVEL_VALUES: set[SearchQualityLevel] = {
    "high",
    "low",
    "medium",
}


def check_search_quality_level(value: str) -> SearchQualityLevel:
    if value in SEARCH_QUALITY_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_QUALITY_LEVEL_VALUES!r}"
    )
