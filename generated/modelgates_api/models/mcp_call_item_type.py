from typing import Literal

from ..types import check_enum

McpCallItemType = Literal["mcp_call"] | str

MCP_CALL_ITEM_TYPE_VALUES: set[McpCallItemType] = {
    "mcp_call",
}


def check_mcp_call_item_type(value: str) -> McpCallItemType:
    return check_enum(value, MCP_CALL_ITEM_TYPE_VALUES, "McpCallItemType")
