from typing import Literal

from ..types import check_enum

OutputReasoningItemStatusType1 = Literal["incomplete"] | str

OUTPUT_REASONING_ITEM_STATUS_TYPE_1_VALUES: set[OutputReasoningItemStatusType1] = {
    "incomplete",
}


def check_output_reasoning_item_status_type_1(value: str) -> OutputReasoningItemStatusType1:
    return check_enum(value, OUTPUT_REASONING_ITEM_STATUS_TYPE_1_VALUES, "OutputReasoningItemStatusType1")
