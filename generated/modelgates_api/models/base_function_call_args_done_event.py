from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.base_function_call_args_done_event_type import (
    BaseFunctionCallArgsDoneEventType,
    check_base_function_call_args_done_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BaseFunctionCallArgsDoneEvent(_ModelBase):
    """Event emitted when function call arguments streaming is complete

    Example:
        {'arguments': '{"city": "San Francisco", "units": "celsius"}', 'item_id': 'item-1', 'name': 'get_weather',
            'output_index': 0, 'sequence_number': 6, 'type': 'response.function_call_arguments.done'}

    """

    arguments: str
    item_id: str
    name: str
    output_index: int
    sequence_number: int
    type_: BaseFunctionCallArgsDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "arguments",
        "item_id",
        "name",
        "output_index",
        "sequence_number",
        ("type", check_base_function_call_args_done_event_type, "type_"),
    )
