from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_response_item_type import McpApprovalResponseItemType, check_mcp_approval_response_item_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "approval_request_id",
        "approve",
        ("type_", "type"),
        "id",
        "reason",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "approval_request_id"
            approval_request_id = d.pop("approval_request_id")

            _at_field_ = "approve"
            approve = d.pop("approve")

            _at_field_ = "type"
            type_ = check_mcp_approval_response_item_type(d.pop("type"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, _NoneType, Unset)):
                id = _parse_union(
                    id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "reason"
            reason = d.pop("reason", UNSET)
            if not isinstance(reason, (str, _NoneType, Unset)):
                reason = _parse_union(
                    reason,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        mcp_approval_response_item = cls(
            approval_request_id=approval_request_id,
            approve=approve,
            type_=type_,
            id=id,
            reason=reason,
        )

        mcp_approval_response_item.additional_properties = d
        return mcp_approval_response_item
