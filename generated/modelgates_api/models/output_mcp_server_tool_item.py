from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_mcp_server_tool_item_type import (
    OutputMcpServerToolItemType,
    check_output_mcp_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_mcp_server_tool_item_type, "type_"),
    )
    _optional_ = (
        "id",
        ("serverLabel", None, "server_label"),
        ("toolName", None, "tool_name"),
    )
