from typing import Literal

from ..types import check_enum

CodexLocalShellToolType = Literal["local_shell"] | str

CODEX_LOCAL_SHELL_TOOL_TYPE_VALUES: set[CodexLocalShellToolType] = {
    "local_shell",
}


def check_codex_local_shell_tool_type(value: str) -> CodexLocalShellToolType:
    return check_enum(value, CODEX_LOCAL_SHELL_TOOL_TYPE_VALUES, "CodexLocalShellToolType")
