from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.text_done_event_type import TextDoneEventType, check_text_done_event_type
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.stream_logprob import StreamLogprob
else:
    StreamLogprob = _LazyModel(globals(), "stream_logprob", "StreamLogprob")


@_attrs_define(repr=False, eq=False)
class TextDoneEvent(_ModelBase):
    """Event emitted when text streaming is complete

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'logprobs': [], 'output_index': 0, 'sequence_number': 6, 'text':
            'Hello! How can I help you?', 'type': 'response.output_text.done'}

    """

    content_index: int
    item_id: str
    logprobs: list[StreamLogprob]
    output_index: int
    sequence_number: int
    text: str
    type_: TextDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "content_index",
        "item_id",
        ("logprobs", _list_field(_model_field(StreamLogprob))),
        "output_index",
        "sequence_number",
        "text",
        ("type", check_text_done_event_type, "type_"),
    )
