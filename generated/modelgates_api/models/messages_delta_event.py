from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_delta_event_type import MessagesDeltaEventType, check_messages_delta_event_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.messages_delta_event_delta import MessagesDeltaEventDelta
    from ..models.messages_delta_event_usage import MessagesDeltaEventUsage


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

    _json_fields_ = (
        "delta",
        ("type_", "type"),
        "usage",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "delta"
            delta = MessagesDeltaEventDelta.from_dict(d.pop("delta"))

            _at_field_ = "type"
            type_ = check_messages_delta_event_type(d.pop("type"))

            _at_field_ = "usage"
            usage = MessagesDeltaEventUsage.from_dict(d.pop("usage"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_delta_event = cls(
            delta=delta,
            type_=type_,
            usage=usage,
        )

        messages_delta_event.additional_properties = d
        return messages_delta_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    MessagesDeltaEventDelta = _LazyModel(
        globals(), "modelgates_api.models.messages_delta_event_delta", "MessagesDeltaEventDelta"
    )
    MessagesDeltaEventUsage = _LazyModel(
        globals(), "modelgates_api.models.messages_delta_event_usage", "MessagesDeltaEventUsage"
    )
