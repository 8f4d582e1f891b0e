from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_start_event_type import MessagesStartEventType, check_messages_start_event_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.messages_start_event_message import MessagesStartEventMessage


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

    _json_fields_ = (
        "message",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "message"
            message = MessagesStartEventMessage.from_dict(d.pop("message"))

            _at_field_ = "type"
            type_ = check_messages_start_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_start_event = cls(
            message=message,
            type_=type_,
        )

        messages_start_event.additional_properties = d
        return messages_start_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    MessagesStartEventMessage = _LazyModel(
        globals(), "modelgates_api.models.messages_start_event_message", "MessagesStartEventMessage"
    )
