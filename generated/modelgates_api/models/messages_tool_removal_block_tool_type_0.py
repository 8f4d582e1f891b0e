from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_tool_removal_block_tool_type_0_type import (
    MessagesToolRemovalBlockToolType0Type,
    check_messages_tool_removal_block_tool_type_0_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesToolRemovalBlockToolType0(_ModelBase):
    name: str
    type_: MessagesToolRemovalBlockToolType0Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        ("type", check_messages_tool_removal_block_tool_type_0_type, "type_"),
    )
