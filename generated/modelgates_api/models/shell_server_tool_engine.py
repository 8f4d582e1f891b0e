from typing import Literal

from ..types import check_enum

ShellServerToolEngine = Literal["auto", "openrouter"] | str

SHELL_SERVER_TOOL_ENGINE_VALUES: set[ShellServerToolEngine] = {
    "auto",
    "openrouter",
}


def check_shell_server_tool_engine(value: str) -> ShellServerToolEngine:
    return check_enum(value, SHELL_SERVER_TOOL_ENGINE_VALUES, "ShellServerToolEngine")
