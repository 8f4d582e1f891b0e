from typing import Literal

from ..types import check_enum

OutputItemReasoningStatusType2 = Literal["in_progress"] | str

OUTPUT_ITEM_REASONING_STATUS_TYPE_2_VALUES: set[OutputItemReasoningStatusType2] = {
    "in_progress",
}


def check_output_item_reasoning_status_type_2(value: str) -> OutputItemReasoningStatusType2:
    return check_enum(value, OUTPUT_ITEM_REASONING_STATUS_TYPE_2_VALUES, "OutputItemReasoningStatusType2")
