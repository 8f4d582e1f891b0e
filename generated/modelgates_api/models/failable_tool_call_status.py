from typing import Literal

from ..types import check_enum

FailableToolCallStatus = Literal["completed", "failed", "in_progress", "incomplete"] | str

FAILABLE_TOOL_CALL_STATUS_VALUES: set[FailableToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_failable_tool_call_status(value: str) -> FailableToolCallStatus:
    return check_enum(value, FAILABLE_TOOL_CALL_STATUS_VALUES, "FailableToolCallStatus")
