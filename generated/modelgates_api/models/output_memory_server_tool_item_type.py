from typing import Literal

from ..types import check_enum

OutputMemoryServerToolItemType = Literal["openrouter:memory"] | str

OUTPUT_MEMORY_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputMemoryServerToolItemType] = {
    "openrouter:memory",
}


def check_output_memory_server_tool_item_type(value: str) -> OutputMemoryServerToolItemType:
    return check_enum(value, OUTPUT_MEMORY_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputMemoryServerToolItemType")
