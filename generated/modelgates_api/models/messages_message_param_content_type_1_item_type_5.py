from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_message_param_content_type_1_item_type_5_type import (
    MessagesMessageParamContentType1ItemType5Type,
    check_messages_message_param_content_type_1_item_type_5_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesMessageParamContentType1ItemType5(_ModelBase):
    signature: str
    thinking: str
    type_: MessagesMessageParamContentType1ItemType5Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "signature",
        "thinking",
        ("type", check_messages_message_param_content_type_1_item_type_5_type, "type_"),
    )
