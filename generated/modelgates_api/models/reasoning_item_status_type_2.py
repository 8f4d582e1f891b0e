from typing import Literal

from ..types import check_enum

ReasoningItemStatusType2 = Literal["in_progress"] | str

REASONING_ITEM_STATUS_TYPE_2_VALUES: set[ReasoningItemStatusType2] = {
    "in_progress",
}


def check_reasoning_item_status_type_2(value: str) -> ReasoningItemStatusType2:
    return check_enum(value, REASONING_ITEM_STATUS_TYPE_2_VALUES, "ReasoningItemStatusType2")
