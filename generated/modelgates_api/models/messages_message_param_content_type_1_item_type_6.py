from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_message_param_content_type_1_item_type_6_type import (
    MessagesMessageParamContentType1ItemType6Type,
    check_messages_message_param_content_type_1_item_type_6_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesMessageParamContentType1ItemType6(_ModelBase):
    data: str
    type_: MessagesMessageParamContentType1ItemType6Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "data",
        ("type", check_messages_message_param_content_type_1_item_type_6_type, "type_"),
    )
