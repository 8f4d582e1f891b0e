from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.custom_tool_call_input_done_event_type import (
    CustomToolCallInputDoneEventType,
    check_custom_tool_call_input_done_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class CustomToolCallInputDoneEvent(_ModelBase):
    """Event emitted when a custom tool call's freeform input streaming is complete. Mirrors
    `response.function_call_arguments.done` but for `custom` tools.

        Example:
            {'input': '*** Begin Patch\\n*** End Patch', 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 6,
                'type': 'response.custom_tool_call_input.done'}

    """

    input_: str
    item_id: str
    output_index: int
    sequence_number: int
    type_: CustomToolCallInputDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("input", None, "input_"),
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_custom_tool_call_input_done_event_type, "type_"),
    )
