from typing import Literal

from ..types import check_enum

McpServerToolType = Literal["mcp"] | str

MCP_SERVER_TOOL_TYPE_VALUES: set[McpServerToolType] = {
    "mcp",
}


def check_mcp_server_tool_type(value: str) -> McpServerToolType:
    return check_enum(value, MCP_SERVER_TOOL_TYPE_VALUES, "McpServerToolType")
