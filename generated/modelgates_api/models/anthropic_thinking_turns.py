from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_thinking_turns_type import AnthropicThinkingTurnsType, check_anthropic_thinking_turns_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicThinkingTurns(_ModelBase):
    """
    Example:
        {'type': 'thinking_turns', 'value': 3}

    """

    type_: AnthropicThinkingTurnsType
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "value",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_anthropic_thinking_turns_type(d.pop("type"))

            _at_field_ = "value"
            value = d.pop("value")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_thinking_turns = cls(
            type_=type_,
            value=value,
        )

        anthropic_thinking_turns.additional_properties = d
        return anthropic_thinking_turns
