from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_thinking_display import AnthropicThinkingDisplay, check_anthropic_thinking_display
from ..models.messages_request_thinking_type_0_type import (
    MessagesRequestThinkingType0Type,
    check_messages_request_thinking_type_0_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class MessagesRequestThinkingType0(_ModelBase):
    budget_tokens: int
    type_: MessagesRequestThinkingType0Type
    display: AnthropicThinkingDisplay | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "budget_tokens",
        ("type_", "type"),
        "display",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "budget_tokens"
            budget_tokens = d.pop("budget_tokens")

            _at_field_ = "type"
            type_ = check_messages_request_thinking_type_0_type(d.pop("type"))

            _at_field_ = "display"
            display = d.pop("display", UNSET)
            if not isinstance(display, (_NoneType, Unset)):

                def _display_member_0(data: object) -> AnthropicThinkingDisplay:
                    if not isinstance(data, str):
                        raise TypeError()
                    display_type_0 = check_anthropic_thinking_display(data)

                    return display_type_0

                display = _parse_union(
                    display,
                    (("AnthropicThinkingDisplay", _display_member_0),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_request_thinking_type_0 = cls(
            budget_tokens=budget_tokens,
            type_=type_,
            display=display,
        )

        messages_request_thinking_type_0.additional_properties = d
        return messages_request_thinking_type_0
