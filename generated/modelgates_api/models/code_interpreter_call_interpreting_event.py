from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_call_interpreting_event_type import (
    CodeInterpreterCallInterpretingEventType,
    check_code_interpreter_call_interpreting_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class CodeInterpreterCallInterpretingEvent(_ModelBase):
    """Code interpreter is executing the code

    Example:
        {'item_id': 'ci-abc123', 'output_index': 0, 'sequence_number': 9, 'type':
            'response.code_interpreter_call.interpreting'}

    """

    item_id: str
    output_index: int
    sequence_number: int
    type_: CodeInterpreterCallInterpretingEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
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
            _at_field_ = "item_id"
            item_id = d.pop("item_id")

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_code_interpreter_call_interpreting_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        code_interpreter_call_interpreting_event = cls(
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        code_interpreter_call_interpreting_event.additional_properties = d
        return code_interpreter_call_interpreting_event
