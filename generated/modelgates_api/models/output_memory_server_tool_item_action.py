from typing import Literal

from ..types import check_enum

OutputMemoryServerToolItemAction = Literal["delete", "read", "write"] | str

OUTPUT_MEMORY_SERVER_TOOL_ITEM_ACTION_VALUES: set[OutputMemoryServerToolItemAction] = {
    "delete",
    "read",
    "write",
}


def check_output_memory_server_tool_item_action(value: str) -> OutputMemoryServerToolItemAction:
    return check_enum(value, OUTPUT_MEMORY_SERVER_TOOL_ITEM_ACTION_VALUES, "OutputMemoryServerToolItemAction")
