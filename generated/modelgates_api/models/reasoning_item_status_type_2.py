from typing import Literal

ReasoningItemStatusType2 = Literal["in_progress"]

REASONING_ITEM_STATUS_TYPE_2_VALUES: set[ReasoningItemStatusType2] = {
    "in_progress",
}


def check_reasoning_item_status_type_2(value: str) -> ReasoningItemStatusType2:
    if value in REASONING_ITEM_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_ITEM_STATUS_TYPE_2_VALUES!r}"
    )
