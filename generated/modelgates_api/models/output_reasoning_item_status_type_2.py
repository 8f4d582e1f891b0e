from typing import Literal

from ..types import check_enum

OutputReasoningItemStatusType2 = Literal["in_progress"] | str

OUTPUT_REASONING_ITEM_STATUS_TYPE_2_VALUES: set[OutputReasoningItemStatusType2] = {
    "in_progress",
}


def check_output_reasoning_item_status_type_2(value: str) -> OutputReasoningItemStatusType2:
    return check_enum(value, OUTPUT_REASONING_ITEM_STATUS_TYPE_2_VALUES, "OutputReasoningItemStatusType2")
