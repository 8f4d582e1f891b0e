from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_memory_server_tool_item_action import (
    OutputMemoryServerToolItemAction,
    check_output_memory_server_tool_item_action,
)
from ..models.output_memory_server_tool_item_type import (
    OutputMemoryServerToolItemType,
    check_output_memory_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class OutputMemoryServerToolItem(_ModelBase):
    """An openrouter:memory server tool output item

    Example:
        {'action': 'read', 'id': 'mem_tmp_abc123', 'key': 'user_preference', 'status': 'completed', 'type':
            'openrouter:memory'}

    """

    status: ToolCallStatus
    type_: OutputMemoryServerToolItemType
    action: OutputMemoryServerToolItemAction | Unset = UNSET
    id: str | Unset = UNSET
    key: str | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_memory_server_tool_item_type, "type_"),
    )
    _optional_ = (
        ("action", check_output_memory_server_tool_item_action),
        "id",
        "key",
        "value",
    )
