from typing import Literal

from ..types import check_enum

McpApprovalRequestItemType = Literal["mcp_approval_request"] | str

MCP_APPROVAL_REQUEST_ITEM_TYPE_VALUES: set[McpApprovalRequestItemType] = {
    "mcp_approval_request",
}


def check_mcp_approval_request_item_type(value: str) -> McpApprovalRequestItemType:
    return check_enum(value, MCP_APPROVAL_REQUEST_ITEM_TYPE_VALUES, "McpApprovalRequestItemType")
