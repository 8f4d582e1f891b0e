from typing import Literal

OutputMemoryServerToolItemAction = Literal["delete", "read", "write"]

OUTPUT_MEMORY_SERVER_TOOL_ITEM_ACTION_VALUES: set[OutputMemoryServerToolItemAction] = {
    "delete",
    "read",
    "write",
}


def check_output_memory_server_tool_item_action(
    value: str,
) -> OutputMemoryServerToolItemAction:
    if value in OUTPUT_MEMORY_SERVER_TOOL_ITEM_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MEMORY_SERVER_TOOL_ITEM_ACTION_VALUES!r}"
    )
