from typing import Literal

ShellCallStatus = Literal["completed", "in_progress", "incomplete"]

SHELL_CALL_STATUS_VALUES: set[ShellCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_shell_call_status(value: str) -> ShellCallStatus:
    if value in SHELL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHELL_CALL_STATUS_VALUES!r}"
    )
