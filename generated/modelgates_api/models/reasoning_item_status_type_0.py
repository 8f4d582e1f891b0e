from typing import Literal

from ..types import check_enum

ReasoningItemStatusType0 = Literal["completed"] | str

REASONING_ITEM_STATUS_TYPE_0_VALUES: set[ReasoningItemStatusType0] = {
    "completed",
}


def check_reasoning_item_status_type_0(value: str) -> ReasoningItemStatusType0:
    return check_enum(value, REASONING_ITEM_STATUS_TYPE_0_VALUES, "ReasoningItemStatusType0")
