from typing import Literal

from ..types import check_enum

McpServerToolRequireApprovalType1 = Literal["always"] | str

MCP_SERVER_TOOL_REQUIRE_APPROVAL_TYPE_1_VALUES: set[McpServerToolRequireApprovalType1] = {
    "always",
}


def check_mcp_server_tool_require_approval_type_1(value: str) -> McpServerToolRequireApprovalType1:
    return check_enum(value, MCP_SERVER_TOOL_REQUIRE_APPROVAL_TYPE_1_VALUES, "McpServerToolRequireApprovalType1")
