from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_request_item_type import McpApprovalRequestItemType, check_mcp_approval_request_item_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "arguments",
        "id",
        "name",
        "server_label",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "arguments"
            arguments = d.pop("arguments")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "server_label"
            server_label = d.pop("server_label")

            _at_field_ = "type"
            type_ = check_mcp_approval_request_item_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        mcp_approval_request_item = cls(
            arguments=arguments,
            id=id,
            name=name,
            server_label=server_label,
            type_=type_,
        )

        mcp_approval_request_item.additional_properties = d
        return mcp_approval_request_item
