from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_memory_server_tool_item_action import (
    OutputMemoryServerToolItemAction,
    check_output_memory_server_tool_item_action,
)
from ..models.output_memory_server_tool_item_type import (
    OutputMemoryServerToolItemType,
    check_output_memory_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "action",
        "id",
        "key",
        "value",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_memory_server_tool_item_type(d.pop("type"))

            _at_field_ = "action"
            _action = d.pop("action", UNSET)
            action: OutputMemoryServerToolItemAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = check_output_memory_server_tool_item_action(_action)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "key"
            key = d.pop("key", UNSET)

            _at_field_ = "value"
            value = d.pop("value", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_memory_server_tool_item = cls(
            status=status,
            type_=type_,
            action=action,
            id=id,
            key=key,
            value=value,
        )

        output_memory_server_tool_item.additional_properties = d
        return output_memory_server_tool_item
