from typing import Literal

from ..types import check_enum

SearchContextSizeEnum = Literal["high", "low", "medium"] | str

SEARCH_CONTEXT_SIZE_ENUM_VALUES: set[SearchContextSizeEnum] = {
    "high",
    "low",
    "medium",
}


def check_search_context_size_enum(value: str) -> SearchContextSizeEnum:
    return check_enum(value, SEARCH_CONTEXT_SIZE_ENUM_VALUES, "SearchContextSizeEnum")
