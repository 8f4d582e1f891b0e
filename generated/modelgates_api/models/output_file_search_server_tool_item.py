from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_file_search_server_tool_item_type import (
    OutputFileSearchServerToolItemType,
    check_output_file_search_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class OutputFileSearchServerToolItem(_ModelBase):
    """An openrouter:file_search server tool output item

    Example:
        {'id': 'fs_tmp_abc123', 'queries': ['search term'], 'status': 'completed', 'type': 'openrouter:file_search'}

    """

    status: ToolCallStatus
    type_: OutputFileSearchServerToolItemType
    id: str | Unset = UNSET
    queries: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_file_search_server_tool_item_type, "type_"),
    )
    _optional_ = (
        "id",
        "queries",
    )
