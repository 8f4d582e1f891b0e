from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_responses_code_interpreter_call_interpreting_type import (
    OpenAIResponsesCodeInterpreterCallInterpretingType,
    check_open_ai_responses_code_interpreter_call_interpreting_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OpenAIResponsesCodeInterpreterCallInterpreting(_ModelBase):
    """
    Example:
        {'item_id': 'ci_abc123', 'output_index': 0, 'sequence_number': 2, 'type':
            'response.code_interpreter_call.interpreting'}

    """

    item_id: str
    output_index: int
    sequence_number: int
    type_: OpenAIResponsesCodeInterpreterCallInterpretingType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_open_ai_responses_code_interpreter_call_interpreting_type, "type_"),
    )
