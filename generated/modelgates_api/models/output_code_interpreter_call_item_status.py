from typing import Literal

OutputCodeInterpreterCallItemStatus = Literal[
    "completed", "failed", "in_progress", "incomplete", "interpreting"
]

OUTPUT_CODE_INTERPRETER_CALL_ITEM_STATUS_VALUES: set[
    OutputCodeInterpreterCallItemStatus
] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "interpreting",
}


def check_output_code_interpreter_call_item_status(
    value: str,
) -> OutputCodeInterpreterCallItemStatus:
    if value in OUTPUT_CODE_INTERPRETER_CALL_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_CODE_INTERPRETER_CALL_ITEM_STATUS_VALUES!r}"
    )
