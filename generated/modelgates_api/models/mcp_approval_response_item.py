from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.mcp_approval_response_item_type import McpApprovalResponseItemType, check_mcp_approval_response_item_type
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class McpApprovalResponseItem(_ModelBase):
    """User response to an MCP tool approval request

    Example:
        {'approval_request_id': 'approval-abc123', 'approve': True, 'reason': 'Approved for execution', 'type':
            'mcp_approval_response'}

    """

    approval_request_id: str
    approve: bool
    type_: McpApprovalResponseItemType
    id: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "approval_request_id",
        "approve",
        ("type", check_mcp_approval_response_item_type, "type_"),
    )
    _optional_ = (
        (
            "id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "reason",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
