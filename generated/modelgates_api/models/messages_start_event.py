from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_start_event_type import MessagesStartEventType, check_messages_start_event_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.messages_start_event_message import MessagesStartEventMessage
else:
    MessagesStartEventMessage = _LazyModel(globals(), "messages_start_event_message", "MessagesStartEventMessage")


@_attrs_define(repr=False, eq=False)
class MessagesStartEvent(_ModelBase):
    """Event sent at the start of a streaming message

    Example:
        {'message': {'container': None, 'content': [], 'id': 'msg_01XFDUDYJgAACzvnptvVoYEL', 'model': 'claude-
            sonnet-4-5-20250929', 'role': 'assistant', 'stop_details': None, 'stop_reason': None, 'stop_sequence': None,
            'type': 'message', 'usage': {'cache_creation': None, 'cache_creation_input_tokens': None,
            'cache_read_input_tokens': None, 'inference_geo': None, 'input_tokens': 12, 'output_tokens': 0,
            'output_tokens_details': None, 'server_tool_use': None, 'service_tier': 'standard'}}, 'type': 'message_start'}

    """

    message: MessagesStartEventMessage
    type_: MessagesStartEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("message", _model_field(MessagesStartEventMessage)),
        ("type", check_messages_start_event_type, "type_"),
    )
