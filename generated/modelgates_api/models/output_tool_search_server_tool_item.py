from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_tool_search_server_tool_item_type import (
    OutputToolSearchServerToolItemType,
    check_output_tool_search_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class OutputToolSearchServerToolItem(_ModelBase):
    """An openrouter:tool_search server tool output item

    Example:
        {'id': 'ts_tmp_abc123', 'query': 'weather tools', 'status': 'completed', 'type': 'openrouter:tool_search'}

    """

    status: ToolCallStatus
    type_: OutputToolSearchServerToolItemType
    id: str | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_tool_search_server_tool_item_type, "type_"),
    )
    _optional_ = (
        "id",
        "query",
    )
