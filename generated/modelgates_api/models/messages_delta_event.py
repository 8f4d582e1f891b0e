from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.messages_delta_event_type import (
    MessagesDeltaEventType,
    check_messages_delta_event_type,
)
from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.messages_delta_event_delta import MessagesDeltaEventDelta
    from ..models.messages_delta_event_usage import MessagesDeltaEventUsage


T = TypeVar("T", bound="MessagesDeltaEvent")


@_attrs_define(repr=False, eq=False)
class MessagesDeltaEvent(_ModelBase):
    """Event sent when the message metadata changes (e.g., stop_reason)

    Example:
        {'delta': {'container': None, 'stop_details': None, 'stop_reason': 'end_turn', 'stop_sequence': None}, 'type':
            'message_delta', 'usage': {'cache_creation_input_tokens': None, 'cache_read_input_tokens': None, 'input_tokens':
            None, 'output_tokens': 15, 'output_tokens_details': None, 'server_tool_use': None}}

    Attributes:
        delta (MessagesDeltaEventDelta):
        type_ (MessagesDeltaEventType):
        usage (MessagesDeltaEventUsage):
    """

    delta: MessagesDeltaEventDelta
    type_: MessagesDeltaEventType
    usage: MessagesDeltaEventUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            MessagesDeltaEventDelta,
            MessagesDeltaEventUsage,
        ) = _lazy_imports()
        delta = self.delta.to_dict()

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "delta": delta,
            "type": self.type_,
            "usage": usage,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (
            MessagesDeltaEventDelta,
            MessagesDeltaEventUsage,
        ) = _lazy_imports()
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


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.messages_delta_event_delta import MessagesDeltaEventDelta
    from modelgates_api.models.messages_delta_event_usage import MessagesDeltaEventUsage

    return (
        MessagesDeltaEventDelta,
        MessagesDeltaEventUsage,
    )
