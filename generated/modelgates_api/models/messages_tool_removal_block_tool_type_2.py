from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_tool_removal_block_tool_type_2_type import (
    MessagesToolRemovalBlockToolType2Type,
    check_messages_tool_removal_block_tool_type_2_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class MessagesToolRemovalBlockToolType2(_ModelBase):
    server_name: str
    type_: MessagesToolRemovalBlockToolType2Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "server_name",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "server_name"
            server_name = d.pop("server_name")

            _at_field_ = "type"
            type_ = check_messages_tool_removal_block_tool_type_2_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_tool_removal_block_tool_type_2 = cls(
            server_name=server_name,
            type_=type_,
        )

        messages_tool_removal_block_tool_type_2.additional_properties = d
        return messages_tool_removal_block_tool_type_2
