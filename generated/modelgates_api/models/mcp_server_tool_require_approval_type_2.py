from typing import Literal

from ..types import check_enum

McpServerToolRequireApprovalType2 = Literal["never"] | str

MCP_SERVER_TOOL_REQUIRE_APPROVAL_TYPE_2_VALUES: set[McpServerToolRequireApprovalType2] = {
    "never",
}


def check_mcp_server_tool_require_approval_type_2(value: str) -> McpServerToolRequireApprovalType2:
    return check_enum(value, MCP_SERVER_TOOL_REQUIRE_APPROVAL_TYPE_2_VALUES, "McpServerToolRequireApprovalType2")
