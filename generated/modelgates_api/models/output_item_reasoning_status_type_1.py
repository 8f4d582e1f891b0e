from typing import Literal

from ..types import check_enum

OutputItemReasoningStatusType1 = Literal["incomplete"] | str

OUTPUT_ITEM_REASONING_STATUS_TYPE_1_VALUES: set[OutputItemReasoningStatusType1] = {
    "incomplete",
}


def check_output_item_reasoning_status_type_1(value: str) -> OutputItemReasoningStatusType1:
    return check_enum(value, OUTPUT_ITEM_REASONING_STATUS_TYPE_1_VALUES, "OutputItemReasoningStatusType1")
