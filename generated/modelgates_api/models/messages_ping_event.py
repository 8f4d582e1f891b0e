from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_ping_event_type import MessagesPingEventType, check_messages_ping_event_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class MessagesPingEvent(_ModelBase):
    """Keep-alive ping event

    Example:
        {'type': 'ping'}

    """

    type_: MessagesPingEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_messages_ping_event_type, "type_"),)
