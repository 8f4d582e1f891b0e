from typing import Literal

from ..types import check_enum

OutputReasoningItemStatusType0 = Literal["completed"] | str

OUTPUT_REASONING_ITEM_STATUS_TYPE_0_VALUES: set[OutputReasoningItemStatusType0] = {
    "completed",
}


def check_output_reasoning_item_status_type_0(value: str) -> OutputReasoningItemStatusType0:
    return check_enum(value, OUTPUT_REASONING_ITEM_STATUS_TYPE_0_VALUES, "OutputReasoningItemStatusType0")
