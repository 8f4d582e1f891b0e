from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_function_call_args_delta_event_type import (
    BaseFunctionCallArgsDeltaEventType,
    check_base_function_call_args_delta_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "delta",
        "item_id",
        "output_index",
        "sequence_number",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "delta"
            delta = d.pop("delta")

            _at_field_ = "item_id"
            item_id = d.pop("item_id")

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_base_function_call_args_delta_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        base_function_call_args_delta_event = cls(
            delta=delta,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        base_function_call_args_delta_event.additional_properties = d
        return base_function_call_args_delta_event
