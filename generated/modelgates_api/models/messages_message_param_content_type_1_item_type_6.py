from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_content_type_1_item_type_6_type import (
    MessagesMessageParamContentType1ItemType6Type,
    check_messages_message_param_content_type_1_item_type_6_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class MessagesMessageParamContentType1ItemType6(_ModelBase):
    data: str
    type_: MessagesMessageParamContentType1ItemType6Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "data",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = d.pop("data")

            _at_field_ = "type"
            type_ = check_messages_message_param_content_type_1_item_type_6_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_message_param_content_type_1_item_type_6 = cls(
            data=data,
            type_=type_,
        )

        messages_message_param_content_type_1_item_type_6.additional_properties = d
        return messages_message_param_content_type_1_item_type_6
