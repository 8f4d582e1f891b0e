from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_mcp_server_tool_item_type import (
    OutputMcpServerToolItemType,
    check_output_mcp_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputMcpServerToolItem(_ModelBase):
    """An openrouter:mcp server tool output item

    Example:
        {'id': 'mcp_tmp_abc123', 'serverLabel': 'my-server', 'status': 'completed', 'toolName': 'get_data', 'type':
            'openrouter:mcp'}

    """

    status: ToolCallStatus
    type_: OutputMcpServerToolItemType
    id: str | Unset = UNSET
    server_label: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "id",
        ("server_label", "serverLabel"),
        ("tool_name", "toolName"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_mcp_server_tool_item_type(d.pop("type"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "serverLabel"
            server_label = d.pop("serverLabel", UNSET)

            _at_field_ = "toolName"
            tool_name = d.pop("toolName", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_mcp_server_tool_item = cls(
            status=status,
            type_=type_,
            id=id,
            server_label=server_label,
            tool_name=tool_name,
        )

        output_mcp_server_tool_item.additional_properties = d
        return output_mcp_server_tool_item
