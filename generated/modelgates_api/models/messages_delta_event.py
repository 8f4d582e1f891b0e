from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_delta_event_type import MessagesDeltaEventType, check_messages_delta_event_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.messages_delta_event_delta import MessagesDeltaEventDelta
    from ..models.messages_delta_event_usage import MessagesDeltaEventUsage
else:
    MessagesDeltaEventDelta = _LazyModel(globals(), "messages_delta_event_delta", "MessagesDeltaEventDelta")
    MessagesDeltaEventUsage = _LazyModel(globals(), "messages_delta_event_usage", "MessagesDeltaEventUsage")


@_attrs_define(repr=False, eq=False)
class MessagesDeltaEvent(_ModelBase):
    """Event sent when the message metadata changes (e.g., stop_reason)

    Example:
        {'delta': {'container': None, 'stop_details': None, 'stop_reason': 'end_turn', 'stop_sequence': None}, 'type':
            'message_delta', 'usage': {'cache_creation_input_tokens': None, 'cache_read_input_tokens': None, 'input_tokens':
            None, 'output_tokens': 15, 'output_tokens_details': None, 'server_tool_use': None}}

    """

    delta: MessagesDeltaEventDelta
    type_: MessagesDeltaEventType
    usage: MessagesDeltaEventUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("delta", _model_field(MessagesDeltaEventDelta)),
        ("type", check_messages_delta_event_type, "type_"),
        ("usage", _model_field(MessagesDeltaEventUsage)),
    )
