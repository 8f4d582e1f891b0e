from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_request_tool_choice_type_3_type import (
    MessagesRequestToolChoiceType3Type,
    check_messages_request_tool_choice_type_3_type,
)
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class MessagesRequestToolChoiceType3(_ModelBase):
    name: str
    type_: MessagesRequestToolChoiceType3Type
    disable_parallel_tool_use: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        ("type", check_messages_request_tool_choice_type_3_type, "type_"),
    )
    _optional_ = ("disable_parallel_tool_use",)
