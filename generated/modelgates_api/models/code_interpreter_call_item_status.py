from typing import Literal

CodeInterpreterCallItemStatus = Literal[
    "completed", "failed", "in_progress", "incomplete", "interpreting"
]

CODE_INTERPRETER_CALL_ITEM_STATUS_VALUES: set[CodeInterpreterCallItemStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_code_interpreter_call_item_status(
    value: str,
) -> CodeInterpreterCallItemStatus:
    if value in CODE_INTERPRETER_CALL_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_CALL_ITEM_STATUS_VALUES!r}"
    )
