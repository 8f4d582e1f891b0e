from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.base_custom_tool_call_input_delta_event_type import (
    BaseCustomToolCallInputDeltaEventType,
    check_base_custom_tool_call_input_delta_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BaseCustomToolCallInputDeltaEvent(_ModelBase):
    """Event emitted when a custom tool call's freeform input is being streamed. Mirrors
    `response.function_call_arguments.delta` but for `custom` tools whose input is opaque text rather than JSON
    arguments.

        Example:
            {'delta': '*** Begin Patch', 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 4, 'type':
                'response.custom_tool_call_input.delta'}

    """

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type_: BaseCustomToolCallInputDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "delta",
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_base_custom_tool_call_input_delta_event_type, "type_"),
    )
