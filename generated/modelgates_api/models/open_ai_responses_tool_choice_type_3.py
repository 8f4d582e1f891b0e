from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_responses_tool_choice_type_3_type import (
    OpenAIResponsesToolChoiceType3Type,
    check_open_ai_responses_tool_choice_type_3_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OpenAIResponsesToolChoiceType3(_ModelBase):
    name: str
    type_: OpenAIResponsesToolChoiceType3Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        ("type", check_open_ai_responses_tool_choice_type_3_type, "type_"),
    )
