from typing import Literal

from ..types import check_enum

ReasoningItemType = Literal["reasoning"] | str

REASONING_ITEM_TYPE_VALUES: set[ReasoningItemType] = {
    "reasoning",
}


def check_reasoning_item_type(value: str) -> ReasoningItemType:
    return check_enum(value, REASONING_ITEM_TYPE_VALUES, "ReasoningItemType")
