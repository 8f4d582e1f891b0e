from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.fusion_call_panel_failed_event_type import (
    FusionCallPanelFailedEventType,
    check_fusion_call_panel_failed_event_type,
)
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class FusionCallPanelFailedEvent(_ModelBase):
    """Emitted when a fusion panel model fails.

    Example:
        {'error': 'Upstream provider error', 'item_id': 'st_fusion_abc', 'model': 'openai/gpt-5', 'output_index': 0,
            'sequence_number': 18, 'status_code': 502, 'type': 'response.fusion_call.panel.failed'}

    """

    error: str
    item_id: str
    model: str
    output_index: int
    sequence_number: int
    type_: FusionCallPanelFailedEventType
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "error",
        "item_id",
        "model",
        "output_index",
        "sequence_number",
        ("type", check_fusion_call_panel_failed_event_type, "type_"),
    )
    _optional_ = ("status_code",)
