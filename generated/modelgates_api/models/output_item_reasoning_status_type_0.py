from typing import Literal

from ..types import check_enum

OutputItemReasoningStatusType0 = Literal["completed"] | str

OUTPUT_ITEM_REASONING_STATUS_TYPE_0_VALUES: set[OutputItemReasoningStatusType0] = {
    "completed",
}


def check_output_item_reasoning_status_type_0(value: str) -> OutputItemReasoningStatusType0:
    return check_enum(value, OUTPUT_ITEM_REASONING_STATUS_TYPE_0_VALUES, "OutputItemReasoningStatusType0")
