from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2_type import (
    MessagesMessageParamContentType1ItemType4ContentType1ItemType2Type,
    check_messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesMessageParamContentType1ItemType4ContentType1ItemType2(_ModelBase):
    tool_name: str
    type_: MessagesMessageParamContentType1ItemType4ContentType1ItemType2Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "tool_name",
        ("type", check_messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2_type, "type_"),
    )
