from typing import Literal

from ..types import check_enum

ToolCallStatus = Literal["completed", "in_progress", "incomplete"] | str

TOOL_CALL_STATUS_VALUES: set[ToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_tool_call_status(value: str) -> ToolCallStatus:
    return check_enum(value, TOOL_CALL_STATUS_VALUES, "ToolCallStatus")
