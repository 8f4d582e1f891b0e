from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_thinking_display import AnthropicThinkingDisplay, check_anthropic_thinking_display
from ..models.messages_request_thinking_type_0_type import (
    MessagesRequestThinkingType0Type,
    check_messages_request_thinking_type_0_type,
)
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class MessagesRequestThinkingType0(_ModelBase):
    budget_tokens: int
    type_: MessagesRequestThinkingType0Type
    display: AnthropicThinkingDisplay | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "budget_tokens",
        ("type", check_messages_request_thinking_type_0_type, "type_"),
    )
    _optional_ = (
        (
            "display",
            _union_field(
                (("AnthropicThinkingDisplay", _guarded((str,), check_anthropic_thinking_display)),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
