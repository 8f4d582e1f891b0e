from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.base_function_call_args_delta_event_type import (
    BaseFunctionCallArgsDeltaEventType,
    check_base_function_call_args_delta_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BaseFunctionCallArgsDeltaEvent(_ModelBase):
    """Event emitted when function call arguments are being streamed

    Example:
        {'delta': '{"city": "..."}', 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 4, 'type':
            'response.function_call_arguments.delta'}

    """

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type_: BaseFunctionCallArgsDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "delta",
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_base_function_call_args_delta_event_type, "type_"),
    )
