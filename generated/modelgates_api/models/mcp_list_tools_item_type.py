from typing import Literal

from ..types import check_enum

McpListToolsItemType = Literal["mcp_list_tools"] | str

MCP_LIST_TOOLS_ITEM_TYPE_VALUES: set[McpListToolsItemType] = {
    "mcp_list_tools",
}


def check_mcp_list_tools_item_type(value: str) -> McpListToolsItemType:
    return check_enum(value, MCP_LIST_TOOLS_ITEM_TYPE_VALUES, "McpListToolsItemType")
