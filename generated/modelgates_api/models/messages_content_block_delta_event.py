from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_type import (
    MessagesContentBlockDeltaEventType,
    check_messages_content_block_delta_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.messages_content_block_delta_event_delta_type_0 import MessagesContentBlockDeltaEventDeltaType0
    from ..models.messages_content_block_delta_event_delta_type_1 import MessagesContentBlockDeltaEventDeltaType1
    from ..models.messages_content_block_delta_event_delta_type_2 import MessagesContentBlockDeltaEventDeltaType2
    from ..models.messages_content_block_delta_event_delta_type_3 import MessagesContentBlockDeltaEventDeltaType3
    from ..models.messages_content_block_delta_event_delta_type_4 import MessagesContentBlockDeltaEventDeltaType4
    from ..models.messages_content_block_delta_event_delta_type_5 import MessagesContentBlockDeltaEventDeltaType5


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

    _json_fields_ = (
        "delta",
        "index",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "delta"
            delta = d.pop("delta")
            delta = _parse_union(
                delta,
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
            )

            _at_field_ = "index"
            index = d.pop("index")

            _at_field_ = "type"
            type_ = check_messages_content_block_delta_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_content_block_delta_event = cls(
            delta=delta,
            index=index,
            type_=type_,
        )

        messages_content_block_delta_event.additional_properties = d
        return messages_content_block_delta_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    MessagesContentBlockDeltaEventDeltaType0 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_content_block_delta_event_delta_type_0",
        "MessagesContentBlockDeltaEventDeltaType0",
    )
    MessagesContentBlockDeltaEventDeltaType1 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_content_block_delta_event_delta_type_1",
        "MessagesContentBlockDeltaEventDeltaType1",
    )
    MessagesContentBlockDeltaEventDeltaType2 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_content_block_delta_event_delta_type_2",
        "MessagesContentBlockDeltaEventDeltaType2",
    )
    MessagesContentBlockDeltaEventDeltaType3 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_content_block_delta_event_delta_type_3",
        "MessagesContentBlockDeltaEventDeltaType3",
    )
    MessagesContentBlockDeltaEventDeltaType4 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_content_block_delta_event_delta_type_4",
        "MessagesContentBlockDeltaEventDeltaType4",
    )
    MessagesContentBlockDeltaEventDeltaType5 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_content_block_delta_event_delta_type_5",
        "MessagesContentBlockDeltaEventDeltaType5",
    )
