from typing import Literal

from ..types import check_enum

OutputMcpServerToolItemType = Literal["openrouter:mcp"] | str

OUTPUT_MCP_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputMcpServerToolItemType] = {
    "openrouter:mcp",
}


def check_output_mcp_server_tool_item_type(value: str) -> OutputMcpServerToolItemType:
    return check_enum(value, OUTPUT_MCP_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputMcpServerToolItemType")
