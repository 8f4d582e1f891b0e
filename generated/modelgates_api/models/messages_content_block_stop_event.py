from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_content_block_stop_event_type import (
    MessagesContentBlockStopEventType,
    check_messages_content_block_stop_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockStopEvent(_ModelBase):
    """Event sent when a content block is complete

    Example:
        {'index': 0, 'type': 'content_block_stop'}

    """

    index: int
    type_: MessagesContentBlockStopEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "index",
        ("type", check_messages_content_block_stop_event_type, "type_"),
    )
