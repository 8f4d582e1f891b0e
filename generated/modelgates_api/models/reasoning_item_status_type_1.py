from typing import Literal

ReasoningItemStatusType1 = Literal["incomplete"]

REASONING_ITEM_STATUS_TYPE_1_VALUES: set[ReasoningItemStatusType1] = {
    "incomplete",
}


def check_reasoning_item_status_type_1(value: str) -> ReasoningItemStatusType1:
    if value in REASONING_ITEM_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_ITEM_STATUS_TYPE_1_VALUES!r}"
    )
