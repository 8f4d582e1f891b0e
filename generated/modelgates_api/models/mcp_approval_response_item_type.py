from typing import Literal

from ..types import check_enum

McpApprovalResponseItemType = Literal["mcp_approval_response"] | str

MCP_APPROVAL_RESPONSE_ITEM_TYPE_VALUES: set[McpApprovalResponseItemType] = {
    "mcp_approval_response",
}


def check_mcp_approval_response_item_type(value: str) -> McpApprovalResponseItemType:
    return check_enum(value, MCP_APPROVAL_RESPONSE_ITEM_TYPE_VALUES, "McpApprovalResponseItemType")
