from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.fusion_call_panel_delta_event_type import (
    FusionCallPanelDeltaEventType,
    check_fusion_call_panel_delta_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class FusionCallPanelDeltaEvent(_ModelBase):
    """Incremental content token from a fusion panel model.

    Example:
        {'delta': 'Carbon taxes', 'item_id': 'st_fusion_abc', 'model': 'openai/gpt-5', 'output_index': 0,
            'sequence_number': 5, 'type': 'response.fusion_call.panel.delta'}

    """

    delta: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type_: FusionCallPanelDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "delta",
        "item_id",
        "model",
        "output_index",
        "sequence_number",
        ("type", check_fusion_call_panel_delta_event_type, "type_"),
    )
