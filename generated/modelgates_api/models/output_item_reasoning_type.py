from typing import Literal

from ..types import check_enum

OutputItemReasoningType = Literal["reasoning"] | str

OUTPUT_ITEM_REASONING_TYPE_VALUES: set[OutputItemReasoningType] = {
    "reasoning",
}


def check_output_item_reasoning_type(value: str) -> OutputItemReasoningType:
    return check_enum(value, OUTPUT_ITEM_REASONING_TYPE_VALUES, "OutputItemReasoningType")
