from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_message_param_content_type_1_item_type_8_content_type_1_error_code import (
    MessagesMessageParamContentType1ItemType8ContentType1ErrorCode,
    check_messages_message_param_content_type_1_item_type_8_content_type_1_error_code,
)
from ..models.messages_message_param_content_type_1_item_type_8_content_type_1_type import (
    MessagesMessageParamContentType1ItemType8ContentType1Type,
    check_messages_message_param_content_type_1_item_type_8_content_type_1_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesMessageParamContentType1ItemType8ContentType1(_ModelBase):
    error_code: MessagesMessageParamContentType1ItemType8ContentType1ErrorCode
    type_: MessagesMessageParamContentType1ItemType8ContentType1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("error_code", check_messages_message_param_content_type_1_item_type_8_content_type_1_error_code),
        ("type", check_messages_message_param_content_type_1_item_type_8_content_type_1_type, "type_"),
    )
