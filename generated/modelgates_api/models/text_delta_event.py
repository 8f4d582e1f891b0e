from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.text_delta_event_type import TextDeltaEventType, check_text_delta_event_type
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
class TextDeltaEvent(_ModelBase):
    """Event emitted when a text delta is streamed

    Example:
        {'content_index': 0, 'delta': 'Hello', 'item_id': 'item-1', 'logprobs': [], 'output_index': 0,
            'sequence_number': 4, 'type': 'response.output_text.delta'}

    """

    content_index: int
    delta: str
    item_id: str
    logprobs: list[StreamLogprob]
    output_index: int
    sequence_number: int
    type_: TextDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "content_index",
        "delta",
        "item_id",
        ("logprobs", _list_field(_model_field(StreamLogprob))),
        "output_index",
        "sequence_number",
        ("type", check_text_delta_event_type, "type_"),
    )
