from typing import Literal

from ..types import check_enum

ReasoningItemStatusType1 = Literal["incomplete"] | str

REASONING_ITEM_STATUS_TYPE_1_VALUES: set[ReasoningItemStatusType1] = {
    "incomplete",
}


def check_reasoning_item_status_type_1(value: str) -> ReasoningItemStatusType1:
    return check_enum(value, REASONING_ITEM_STATUS_TYPE_1_VALUES, "ReasoningItemStatusType1")
