from typing import Literal

McpServerToolType = Literal["mcp"]

MCP_SERVER_TOOL_TYPE_VALUES: set[McpServerToolType] = {
    "mcp",
}


def check_mcp_server_tool_type(value: str) -> McpServerToolType:
    if value in MCP_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_SERVER_TOOL_TYPE_VALUES!r}"
    )
