from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_request_thinking_type_1_type import (
    MessagesRequestThinkingType1Type,
    check_messages_request_thinking_type_1_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesRequestThinkingType1(_ModelBase):
    type_: MessagesRequestThinkingType1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_messages_request_thinking_type_1_type, "type_"),)
