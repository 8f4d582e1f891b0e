from typing import Literal

from ..types import check_enum

ShellCallStatus = Literal["completed", "in_progress", "incomplete"] | str

SHELL_CALL_STATUS_VALUES: set[ShellCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_shell_call_status(value: str) -> ShellCallStatus:
    return check_enum(value, SHELL_CALL_STATUS_VALUES, "ShellCallStatus")
