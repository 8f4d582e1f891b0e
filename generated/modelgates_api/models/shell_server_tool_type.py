from typing import Literal

from ..types import check_enum

ShellServerToolType = Literal["shell"] | str

SHELL_SERVER_TOOL_TYPE_VALUES: set[ShellServerToolType] = {
    "shell",
}


def check_shell_server_tool_type(value: str) -> ShellServerToolType:
    return check_enum(value, SHELL_SERVER_TOOL_TYPE_VALUES, "ShellServerToolType")
