from typing import Literal

McpCallItemType = Literal["mcp_call"]

MCP_CALL_ITEM_TYPE_VALUES: set[McpCallItemType] = {
    "mcp_call",
}


def check_mcp_call_item_type(value: str) -> McpCallItemType:
    if value in MCP_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_CALL_ITEM_TYPE_VALUES!r}"
    )
