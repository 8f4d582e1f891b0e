from typing import Literal

from ..types import check_enum

ShellServerToolOpenRouterType = Literal["openrouter:shell"] | str

SHELL_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[ShellServerToolOpenRouterType] = {
    "openrouter:shell",
}


def check_shell_server_tool_open_router_type(value: str) -> ShellServerToolOpenRouterType:
    return check_enum(value, SHELL_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES, "ShellServerToolOpenRouterType")
