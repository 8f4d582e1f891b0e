from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event import MessagesContentBlockDeltaEvent
    from ..models.messages_content_block_start_event import MessagesContentBlockStartEvent
    from ..models.messages_content_block_stop_event import MessagesContentBlockStopEvent
    from ..models.messages_delta_event import MessagesDeltaEvent
    from ..models.messages_error_event import MessagesErrorEvent
    from ..models.messages_ping_event import MessagesPingEvent
    from ..models.messages_start_event import MessagesStartEvent
    from ..models.messages_stop_event import MessagesStopEvent
else:
    MessagesContentBlockDeltaEvent = _LazyModel(
        globals(), "messages_content_block_delta_event", "MessagesContentBlockDeltaEvent"
    )
    MessagesContentBlockStartEvent = _LazyModel(
        globals(), "messages_content_block_start_event", "MessagesContentBlockStartEvent"
    )
    MessagesContentBlockStopEvent = _LazyModel(
        globals(), "messages_content_block_stop_event", "MessagesContentBlockStopEvent"
    )
    MessagesDeltaEvent = _LazyModel(globals(), "messages_delta_event", "MessagesDeltaEvent")
    MessagesErrorEvent = _LazyModel(globals(), "messages_error_event", "MessagesErrorEvent")
    MessagesPingEvent = _LazyModel(globals(), "messages_ping_event", "MessagesPingEvent")
    MessagesStartEvent = _LazyModel(globals(), "messages_start_event", "MessagesStartEvent")
    MessagesStopEvent = _LazyModel(globals(), "messages_stop_event", "MessagesStopEvent")


@_attrs_define(repr=False, eq=False)
class MessagesStreamingResponse(_ModelBase):
    """
    Example:
        {'data': {'delta': {'text': 'Hello', 'type': 'text_delta'}, 'index': 0, 'type': 'content_block_delta'}, 'event':
            'content_block_delta'}

    Attributes:
        data (MessagesContentBlockDeltaEvent | MessagesContentBlockStartEvent | MessagesContentBlockStopEvent |
            MessagesDeltaEvent | MessagesErrorEvent | MessagesPingEvent | MessagesStartEvent | MessagesStopEvent): Union of
            all possible streaming events Example: {'delta': {'text': 'Hello', 'type': 'text_delta'}, 'index': 0, 'type':
            'content_block_delta'}.
    """

    data: (
        MessagesContentBlockDeltaEvent
        | MessagesContentBlockStartEvent
        | MessagesContentBlockStopEvent
        | MessagesDeltaEvent
        | MessagesErrorEvent
        | MessagesPingEvent
        | MessagesStartEvent
        | MessagesStopEvent
    )
    event: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "data",
            _union_field(
                (
                    ("MessagesStartEvent", MessagesStartEvent),
                    ("MessagesDeltaEvent", MessagesDeltaEvent),
                    ("MessagesStopEvent", MessagesStopEvent),
                    ("MessagesContentBlockStartEvent", MessagesContentBlockStartEvent),
                    ("MessagesContentBlockDeltaEvent", MessagesContentBlockDeltaEvent),
                    ("MessagesContentBlockStopEvent", MessagesContentBlockStopEvent),
                    ("MessagesPingEvent", MessagesPingEvent),
                    ("MessagesErrorEvent", MessagesErrorEvent),
                ),
                tag=(
                    "type",
                    (
                        "message_start",
                        "message_delta",
                        "message_stop",
                        "content_block_start",
                        "content_block_delta",
                        "content_block_stop",
                        "ping",
                        "error",
                    ),
                ),
            ),
        ),
        "event",
    )
