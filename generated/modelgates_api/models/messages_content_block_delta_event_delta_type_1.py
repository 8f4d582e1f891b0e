from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_content_block_delta_event_delta_type_1_type import (
    MessagesContentBlockDeltaEventDeltaType1Type,
    check_messages_content_block_delta_event_delta_type_1_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockDeltaEventDeltaType1(_ModelBase):
    partial_json: str
    type_: MessagesContentBlockDeltaEventDeltaType1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "partial_json",
        ("type", check_messages_content_block_delta_event_delta_type_1_type, "type_"),
    )
