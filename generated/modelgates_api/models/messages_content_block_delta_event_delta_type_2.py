from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_content_block_delta_event_delta_type_2_type import (
    MessagesContentBlockDeltaEventDeltaType2Type,
    check_messages_content_block_delta_event_delta_type_2_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockDeltaEventDeltaType2(_ModelBase):
    thinking: str
    type_: MessagesContentBlockDeltaEventDeltaType2Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "thinking",
        ("type", check_messages_content_block_delta_event_delta_type_2_type, "type_"),
    )
