from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_content_block_delta_event_delta_type_0_type import (
    MessagesContentBlockDeltaEventDeltaType0Type,
    check_messages_content_block_delta_event_delta_type_0_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockDeltaEventDeltaType0(_ModelBase):
    text: str
    type_: MessagesContentBlockDeltaEventDeltaType0Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "text",
        ("type", check_messages_content_block_delta_event_delta_type_0_type, "type_"),
    )
