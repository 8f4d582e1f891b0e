from typing import Literal

ReasoningItemStatusType0 = Literal["completed"]

REASONING_ITEM_STATUS_TYPE_0_VALUES: set[ReasoningItemStatusType0] = {
    "completed",
}


def check_reasoning_item_status_type_0(value: str) -> ReasoningItemStatusType0:
    if value in REASONING_ITEM_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_ITEM_STATUS_TYPE_0_VALUES!r}"
    )
