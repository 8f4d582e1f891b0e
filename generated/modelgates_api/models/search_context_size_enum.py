from typing import Literal

SearchContextSizeEnum = Literal["high", "low", "medium"]

SEARCH_CONTEXT_SIZE_ENUM_VALUES: set[SearchContextSizeEnum] = {
    "high",
    "low",
    "medium",
}


def check_search_context_size_enum(value: str) -> SearchContextSizeEnum:
    if value in SEARCH_CONTEXT_SIZE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_CONTEXT_SIZE_ENUM_VALUES!r}"
    )
