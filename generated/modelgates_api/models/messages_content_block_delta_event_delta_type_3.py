from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_content_block_delta_event_delta_type_3_type import (
    MessagesContentBlockDeltaEventDeltaType3Type,
    check_messages_content_block_delta_event_delta_type_3_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockDeltaEventDeltaType3(_ModelBase):
    signature: str
    type_: MessagesContentBlockDeltaEventDeltaType3Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "signature",
        ("type", check_messages_content_block_delta_event_delta_type_3_type, "type_"),
    )
