from typing import Literal

from ..types import check_enum

OutputItemCodeInterpreterCallStatus = Literal["completed", "failed", "in_progress", "incomplete", "interpreting"] | str

OUTPUT_ITEM_CODE_INTERPRETER_CALL_STATUS_VALUES: set[OutputItemCodeInterpreterCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_output_item_code_interpreter_call_status(value: str) -> OutputItemCodeInterpreterCallStatus:
    return check_enum(value, OUTPUT_ITEM_CODE_INTERPRETER_CALL_STATUS_VALUES, "OutputItemCodeInterpreterCallStatus")
