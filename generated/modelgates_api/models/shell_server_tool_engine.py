from typing import Literal

ShellServerToolEngine = Literal["auto", "openrouter"]

SHELL_SERVER_TOOL_ENGINE_VALUES: set[ShellServerToolEngine] = {
    "auto",
    "openrouter",
}


def check_shell_server_tool_engine(value: str) -> ShellServerToolEngine:
    if value in SHELL_SERVER_TOOL_ENGINE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHELL_SERVER_TOOL_ENGINE_VALUES!r}"
    )
