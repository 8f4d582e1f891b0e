from typing import Literal

from ..types import check_enum

OutputShellServerToolItemType = Literal["openrouter:shell"] | str

OUTPUT_SHELL_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputShellServerToolItemType] = {
    "openrouter:shell",
}


def check_output_shell_server_tool_item_type(value: str) -> OutputShellServerToolItemType:
    return check_enum(value, OUTPUT_SHELL_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputShellServerToolItemType")
