from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_tool_choice_type_4_type_type_0 import (
    OpenAIResponsesToolChoiceType4TypeType0,
    check_open_ai_responses_tool_choice_type_4_type_type_0,
)
from ..models.open_ai_responses_tool_choice_type_4_type_type_1 import (
    OpenAIResponsesToolChoiceType4TypeType1,
    check_open_ai_responses_tool_choice_type_4_type_type_1,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OpenAIResponsesToolChoiceType4(_ModelBase):
    type_: OpenAIResponsesToolChoiceType4TypeType0 | OpenAIResponsesToolChoiceType4TypeType1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (("type_", "type"),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = d.pop("type")

            def _type__member_0(data: object) -> OpenAIResponsesToolChoiceType4TypeType0:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_open_ai_responses_tool_choice_type_4_type_type_0(data)

                return type_type_0

            def _type__member_1(data: object) -> OpenAIResponsesToolChoiceType4TypeType1:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = check_open_ai_responses_tool_choice_type_4_type_type_1(data)

                return type_type_1

            type_ = _parse_union(
                type_,
                (
                    ("OpenAIResponsesToolChoiceType4TypeType0", _type__member_0),
                    ("OpenAIResponsesToolChoiceType4TypeType1", _type__member_1),
                ),
            )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_ai_responses_tool_choice_type_4 = cls(
            type_=type_,
        )

        open_ai_responses_tool_choice_type_4.additional_properties = d
        return open_ai_responses_tool_choice_type_4
