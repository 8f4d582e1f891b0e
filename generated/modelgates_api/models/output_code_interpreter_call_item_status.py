from typing import Literal

from ..types import check_enum

OutputCodeInterpreterCallItemStatus = Literal["completed", "failed", "in_progress", "incomplete", "interpreting"] | str

OUTPUT_CODE_INTERPRETER_CALL_ITEM_STATUS_VALUES: set[OutputCodeInterpreterCallItemStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_output_code_interpreter_call_item_status(value: str) -> OutputCodeInterpreterCallItemStatus:
    return check_enum(value, OUTPUT_CODE_INTERPRETER_CALL_ITEM_STATUS_VALUES, "OutputCodeInterpreterCallItemStatus")
