from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.reasoning_done_event_type import ReasoningDoneEventType, check_reasoning_done_event_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ReasoningDoneEvent(_ModelBase):
    """Event emitted when reasoning text streaming is complete

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 6, 'text': 'First, we need to
            identify the key components and then combine them logically.', 'type': 'response.reasoning_text.done'}

    """

    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    text: str
    type_: ReasoningDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "content_index",
        "item_id",
        "output_index",
        "sequence_number",
        "text",
        ("type", check_reasoning_done_event_type, "type_"),
    )
