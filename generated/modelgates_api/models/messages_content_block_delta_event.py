from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_content_block_delta_event_type import (
    MessagesContentBlockDeltaEventType,
    check_messages_content_block_delta_event_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event_delta_type_0 import MessagesContentBlockDeltaEventDeltaType0
    from ..models.messages_content_block_delta_event_delta_type_1 import MessagesContentBlockDeltaEventDeltaType1
    from ..models.messages_content_block_delta_event_delta_type_2 import MessagesContentBlockDeltaEventDeltaType2
    from ..models.messages_content_block_delta_event_delta_type_3 import MessagesContentBlockDeltaEventDeltaType3
    from ..models.messages_content_block_delta_event_delta_type_4 import MessagesContentBlockDeltaEventDeltaType4
    from ..models.messages_content_block_delta_event_delta_type_5 import MessagesContentBlockDeltaEventDeltaType5
else:
    MessagesContentBlockDeltaEventDeltaType0 = _LazyModel(
        globals(), "messages_content_block_delta_event_delta_type_0", "MessagesContentBlockDeltaEventDeltaType0"
    )
    MessagesContentBlockDeltaEventDeltaType1 = _LazyModel(
        globals(), "messages_content_block_delta_event_delta_type_1", "MessagesContentBlockDeltaEventDeltaType1"
    )
    MessagesContentBlockDeltaEventDeltaType2 = _LazyModel(
        globals(), "messages_content_block_delta_event_delta_type_2", "MessagesContentBlockDeltaEventDeltaType2"
    )
    MessagesContentBlockDeltaEventDeltaType3 = _LazyModel(
        globals(), "messages_content_block_delta_event_delta_type_3", "MessagesContentBlockDeltaEventDeltaType3"
    )
    MessagesContentBlockDeltaEventDeltaType4 = _LazyModel(
        globals(), "messages_content_block_delta_event_delta_type_4", "MessagesContentBlockDeltaEventDeltaType4"
    )
    MessagesContentBlockDeltaEventDeltaType5 = _LazyModel(
        globals(), "messages_content_block_delta_event_delta_type_5", "MessagesContentBlockDeltaEventDeltaType5"
    )


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockDeltaEvent(_ModelBase):
    """Event sent when content is added to a content block

    Example:
        {'delta': {'text': 'Hello', 'type': 'text_delta'}, 'index': 0, 'type': 'content_block_delta'}

    """

    delta: (
        MessagesContentBlockDeltaEventDeltaType0
        | MessagesContentBlockDeltaEventDeltaType1
        | MessagesContentBlockDeltaEventDeltaType2
        | MessagesContentBlockDeltaEventDeltaType3
        | MessagesContentBlockDeltaEventDeltaType4
        | MessagesContentBlockDeltaEventDeltaType5
    )
    index: int
    type_: MessagesContentBlockDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "delta",
            _union_field(
                (
                    ("MessagesContentBlockDeltaEventDeltaType0", MessagesContentBlockDeltaEventDeltaType0),
                    ("MessagesContentBlockDeltaEventDeltaType1", MessagesContentBlockDeltaEventDeltaType1),
                    ("MessagesContentBlockDeltaEventDeltaType2", MessagesContentBlockDeltaEventDeltaType2),
                    ("MessagesContentBlockDeltaEventDeltaType3", MessagesContentBlockDeltaEventDeltaType3),
                    ("MessagesContentBlockDeltaEventDeltaType4", MessagesContentBlockDeltaEventDeltaType4),
                    ("MessagesContentBlockDeltaEventDeltaType5", MessagesContentBlockDeltaEventDeltaType5),
                ),
                tag=(
                    "type",
                    (
                        "text_delta",
                        "input_json_delta",
                        "thinking_delta",
                        "signature_delta",
                        "citations_delta",
                        "compaction_delta",
                    ),
                ),
            ),
        ),
        "index",
        ("type", check_messages_content_block_delta_event_type, "type_"),
    )
