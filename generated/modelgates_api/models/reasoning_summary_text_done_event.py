from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.reasoning_summary_text_done_event_type import (
    ReasoningSummaryTextDoneEventType,
    check_reasoning_summary_text_done_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ReasoningSummaryTextDoneEvent(_ModelBase):
    """Event emitted when reasoning summary text streaming is complete

    Example:
        {'item_id': 'item-1', 'output_index': 0, 'sequence_number': 6, 'summary_index': 0, 'text': 'Analyzing the
            problem step by step to find the optimal solution.', 'type': 'response.reasoning_summary_text.done'}

    """

    item_id: str
    output_index: int
    sequence_number: int
    summary_index: int
    text: str
    type_: ReasoningSummaryTextDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "item_id",
        "output_index",
        "sequence_number",
        "summary_index",
        "text",
        ("type", check_reasoning_summary_text_done_event_type, "type_"),
    )
