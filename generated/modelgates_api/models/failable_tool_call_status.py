from typing import Literal

FailableToolCallStatus = Literal["completed", "failed", "in_progress", "incomplete"]

FAILABLE_TOOL_CALL_STATUS_VALUES: set[FailableToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_failable_tool_call_status(value: str) -> FailableToolCallStatus:
    if value in FAILABLE_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAILABLE_TOOL_CALL_STATUS_VALUES!r}"
    )
