from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_responses_tool_choice_type_4_type_type_0 import (
    OpenAIResponsesToolChoiceType4TypeType0,
    check_open_ai_responses_tool_choice_type_4_type_type_0,
)
from ..models.open_ai_responses_tool_choice_type_4_type_type_1 import (
    OpenAIResponsesToolChoiceType4TypeType1,
    check_open_ai_responses_tool_choice_type_4_type_type_1,
)
from ..types import ModelBase as _ModelBase, guarded as _guarded, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class OpenAIResponsesToolChoiceType4(_ModelBase):
    type_: OpenAIResponsesToolChoiceType4TypeType0 | OpenAIResponsesToolChoiceType4TypeType1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "type",
            _union_field(
                (
                    (
                        "OpenAIResponsesToolChoiceType4TypeType0",
                        _guarded((str,), check_open_ai_responses_tool_choice_type_4_type_type_0),
                    ),
                    (
                        "OpenAIResponsesToolChoiceType4TypeType1",
                        _guarded((str,), check_open_ai_responses_tool_choice_type_4_type_type_1),
                    ),
                )
            ),
            "type_",
        ),
    )
