from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.mcp_approval_request_item_type import McpApprovalRequestItemType, check_mcp_approval_request_item_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class McpApprovalRequestItem(_ModelBase):
    """Request for approval to execute an MCP tool

    Example:
        {'arguments': '{"id":"123"}', 'id': 'approval-abc123', 'name': 'delete_record', 'server_label': 'database-
            server', 'type': 'mcp_approval_request'}

    """

    arguments: str
    id: str
    name: str
    server_label: str
    type_: McpApprovalRequestItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "arguments",
        "id",
        "name",
        "server_label",
        ("type", check_mcp_approval_request_item_type, "type_"),
    )
