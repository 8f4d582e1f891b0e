from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_tool_addition_block_tool_type_1_type import (
    MessagesToolAdditionBlockToolType1Type,
    check_messages_tool_addition_block_tool_type_1_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesToolAdditionBlockToolType1(_ModelBase):
    name: str
    server_name: str
    type_: MessagesToolAdditionBlockToolType1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        "server_name",
        ("type", check_messages_tool_addition_block_tool_type_1_type, "type_"),
    )
