from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.base_reasoning_summary_text_delta_event_type import (
    BaseReasoningSummaryTextDeltaEventType,
    check_base_reasoning_summary_text_delta_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BaseReasoningSummaryTextDeltaEvent(_ModelBase):
    """Event emitted when reasoning summary text delta is streamed

    Example:
        {'delta': 'Analyzing', 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 4, 'summary_index': 0, 'type':
            'response.reasoning_summary_text.delta'}

    """

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    summary_index: int
    type_: BaseReasoningSummaryTextDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "delta",
        "item_id",
        "output_index",
        "sequence_number",
        "summary_index",
        ("type", check_base_reasoning_summary_text_delta_event_type, "type_"),
    )
