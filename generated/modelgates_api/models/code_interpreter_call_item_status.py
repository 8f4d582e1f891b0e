from typing import Literal

from ..types import check_enum

CodeInterpreterCallItemStatus = Literal["completed", "failed", "in_progress", "incomplete", "interpreting"] | str

CODE_INTERPRETER_CALL_ITEM_STATUS_VALUES: set[CodeInterpreterCallItemStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_code_interpreter_call_item_status(value: str) -> CodeInterpreterCallItemStatus:
    return check_enum(value, CODE_INTERPRETER_CALL_ITEM_STATUS_VALUES, "CodeInterpreterCallItemStatus")
