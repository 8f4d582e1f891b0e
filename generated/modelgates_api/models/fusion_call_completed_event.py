from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.fusion_call_completed_event_type import (
    FusionCallCompletedEventType,
    check_fusion_call_completed_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class FusionCallCompletedEvent(_ModelBase):
    """Emitted when the openrouter:fusion tool call finishes.

    Example:
        {'item_id': 'st_fusion_abc', 'output_index': 0, 'sequence_number': 41, 'type': 'response.fusion_call.completed'}

    """

    item_id: str
    output_index: int
    sequence_number: int
    type_: FusionCallCompletedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_fusion_call_completed_event_type, "type_"),
    )
