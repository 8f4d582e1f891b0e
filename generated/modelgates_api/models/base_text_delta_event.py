from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.base_text_delta_event_type import BaseTextDeltaEventType, check_base_text_delta_event_type
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.open_responses_log_probs import OpenResponsesLogProbs
else:
    OpenResponsesLogProbs = _LazyModel(globals(), "open_responses_log_probs", "OpenResponsesLogProbs")


@_attrs_define(repr=False, eq=False)
class BaseTextDeltaEvent(_ModelBase):
    """Event emitted when a text delta is streamed

    Example:
        {'content_index': 0, 'delta': 'Hello', 'item_id': 'item-1', 'logprobs': [], 'output_index': 0,
            'sequence_number': 4, 'type': 'response.output_text.delta'}

    """

    content_index: int
    delta: str
    item_id: str
    logprobs: list[OpenResponsesLogProbs]
    output_index: int
    sequence_number: int
    type_: BaseTextDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "content_index",
        "delta",
        "item_id",
        ("logprobs", _list_field(_model_field(OpenResponsesLogProbs))),
        "output_index",
        "sequence_number",
        ("type", check_base_text_delta_event_type, "type_"),
    )
