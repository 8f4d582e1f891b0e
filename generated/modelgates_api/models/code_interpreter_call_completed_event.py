from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.code_interpreter_call_completed_event_type import (
    CodeInterpreterCallCompletedEventType,
    check_code_interpreter_call_completed_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class CodeInterpreterCallCompletedEvent(_ModelBase):
    """Code interpreter call completed

    Example:
        {'item_id': 'ci-abc123', 'output_index': 0, 'sequence_number': 10, 'type':
            'response.code_interpreter_call.completed'}

    """

    item_id: str
    output_index: int
    sequence_number: int
    type_: CodeInterpreterCallCompletedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_code_interpreter_call_completed_event_type, "type_"),
    )
