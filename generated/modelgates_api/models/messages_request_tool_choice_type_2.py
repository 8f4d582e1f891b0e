from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_request_tool_choice_type_2_type import (
    MessagesRequestToolChoiceType2Type,
    check_messages_request_tool_choice_type_2_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesRequestToolChoiceType2(_ModelBase):
    type_: MessagesRequestToolChoiceType2Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_messages_request_tool_choice_type_2_type, "type_"),)
