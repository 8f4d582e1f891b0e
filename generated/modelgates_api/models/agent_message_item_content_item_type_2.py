from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.agent_message_item_content_item_type_2_type import (
    AgentMessageItemContentItemType2Type,
    check_agent_message_item_content_item_type_2_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AgentMessageItemContentItemType2(_ModelBase):
    encrypted_content: str
    type_: AgentMessageItemContentItemType2Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "encrypted_content",
        ("type", check_agent_message_item_content_item_type_2_type, "type_"),
    )
