from typing import Literal

OutputItemCodeInterpreterCallStatus = Literal[
    "completed", "failed", "in_progress", "incomplete", "interpreting"
]

OUTPUT_ITEM_CODE_INTERPRETER_CALL_STATUS_VALUES: set[
    OutputItemCodeInterpreterCallStatus
] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_output_item_code_interpreter_call_status(
    value: str,
) -> OutputItemCodeInterpreterCallStatus:
    if value in OUTPUT_ITEM_CODE_INTERPRETER_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_CODE_INTERPRETER_CALL_STATUS_VALUES!r}"
    )
