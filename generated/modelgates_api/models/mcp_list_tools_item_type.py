from typing import Literal

McpListToolsItemType = Literal["mcp_list_tools"]

MCP_LIST_TOOLS_ITEM_TYPE_VALUES: set[McpListToolsItemType] = {
    "mcp_list_tools",
}


def check_mcp_list_tools_item_type(value: str) -> McpListToolsItemType:
    if value in MCP_LIST_TOOLS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_LIST_TOOLS_ITEM_TYPE_VALUES!r}"
    )
