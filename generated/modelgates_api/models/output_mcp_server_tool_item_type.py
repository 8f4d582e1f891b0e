from typing import Literal

OutputMcpServerToolItemType = Literal["openrouter:mcp"]

OUTPUT_MCP_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputMcpServerToolItemType] = {
    "openrouter:mcp",
}


def check_output_mcp_server_tool_item_type(value: str) -> OutputMcpServerToolItemType:
    if value in OUTPUT_MCP_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MCP_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
