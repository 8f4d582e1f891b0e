from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_responses_tool_choice_type_7_type import (
    OpenAIResponsesToolChoiceType7Type,
    check_open_ai_responses_tool_choice_type_7_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OpenAIResponsesToolChoiceType7(_ModelBase):
    type_: OpenAIResponsesToolChoiceType7Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_open_ai_responses_tool_choice_type_7_type, "type_"),)
