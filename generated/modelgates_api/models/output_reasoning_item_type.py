from typing import Literal

from ..types import check_enum

OutputReasoningItemType = Literal["reasoning"] | str

OUTPUT_REASONING_ITEM_TYPE_VALUES: set[OutputReasoningItemType] = {
    "reasoning",
}


def check_output_reasoning_item_type(value: str) -> OutputReasoningItemType:
    return check_enum(value, OUTPUT_REASONING_ITEM_TYPE_VALUES, "OutputReasoningItemType")
