from typing import Literal

from ..types import check_enum

OutputBashServerToolItemType = Literal["openrouter:bash"] | str

OUTPUT_BASH_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputBashServerToolItemType] = {
    "openrouter:bash",
}


def check_output_bash_server_tool_item_type(value: str) -> OutputBashServerToolItemType:
    return check_enum(value, OUTPUT_BASH_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputBashServerToolItemType")
