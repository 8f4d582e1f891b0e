from typing import Literal

McpServerToolRequireApprovalType2 = Literal["never"]

MCP_SERVER_TOOL_REQUIRE_APPROVAL_TYPE_2_VALUES: set[
    McpServerToolRequireApprovalType2
] = {
    "never",
}


def check_mcp_server_tool_require_approval_type_2(
    value: str,
) -> McpServerToolRequireApprovalType2:
    if value in MCP_SERVER_TOOL_REQUIRE_APPROVAL_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_SERVER_TOOL_REQUIRE_APPROVAL_TYPE_2_VALUES!r}"
    )
