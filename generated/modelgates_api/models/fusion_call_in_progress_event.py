from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.fusion_call_in_progress_event_type import (
    FusionCallInProgressEventType,
    check_fusion_call_in_progress_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class FusionCallInProgressEvent(_ModelBase):
    """Emitted when an openrouter:fusion tool call begins executing.

    Example:
        {'item_id': 'st_fusion_abc', 'output_index': 0, 'sequence_number': 3, 'type':
            'response.fusion_call.in_progress'}

    """

    item_id: str
    output_index: int
    sequence_number: int
    type_: FusionCallInProgressEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_fusion_call_in_progress_event_type, "type_"),
    )
