from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.reasoning_summary_part_added_event_type import (
    ReasoningSummaryPartAddedEventType,
    check_reasoning_summary_part_added_event_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.reasoning_summary_text import ReasoningSummaryText
else:
    ReasoningSummaryText = _LazyModel(globals(), "reasoning_summary_text", "ReasoningSummaryText")


@_attrs_define(repr=False, eq=False)
class ReasoningSummaryPartAddedEvent(_ModelBase):
    """Event emitted when a reasoning summary part is added

    Example:
        {'item_id': 'item-1', 'output_index': 0, 'part': {'text': '', 'type': 'summary_text'}, 'sequence_number': 3,
            'summary_index': 0, 'type': 'response.reasoning_summary_part.added'}

    """

    item_id: str
    output_index: int
    part: ReasoningSummaryText
    sequence_number: int
    summary_index: int
    type_: ReasoningSummaryPartAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "item_id",
        "output_index",
        ("part", _model_field(ReasoningSummaryText)),
        "sequence_number",
        "summary_index",
        ("type", check_reasoning_summary_part_added_event_type, "type_"),
    )
