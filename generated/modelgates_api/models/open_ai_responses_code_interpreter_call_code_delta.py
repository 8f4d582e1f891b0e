from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_responses_code_interpreter_call_code_delta_type import (
    OpenAIResponsesCodeInterpreterCallCodeDeltaType,
    check_open_ai_responses_code_interpreter_call_code_delta_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OpenAIResponsesCodeInterpreterCallCodeDelta(_ModelBase):
    """
    Example:
        {'delta': 'print("hello")', 'item_id': 'ci_abc123', 'output_index': 0, 'sequence_number': 2, 'type':
            'response.code_interpreter_call_code.delta'}

    """

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type_: OpenAIResponsesCodeInterpreterCallCodeDeltaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "delta",
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_open_ai_responses_code_interpreter_call_code_delta_type, "type_"),
    )
