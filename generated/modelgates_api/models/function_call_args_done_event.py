from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_args_done_event_type import (
    FunctionCallArgsDoneEventType,
    check_function_call_args_done_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class FunctionCallArgsDoneEvent(_ModelBase):
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
    type_: FunctionCallArgsDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "arguments",
        "item_id",
        "name",
        "output_index",
        "sequence_number",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "arguments"
            arguments = d.pop("arguments")

            _at_field_ = "item_id"
            item_id = d.pop("item_id")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_function_call_args_done_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        function_call_args_done_event = cls(
            arguments=arguments,
            item_id=item_id,
            name=name,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        function_call_args_done_event.additional_properties = d
        return function_call_args_done_event
