from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.base_refusal_delta_event_type import BaseRefusalDeltaEventType, check_base_refusal_delta_event_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BaseRefusalDeltaEvent(_ModelBase):
    """Event emitted when a refusal delta is streamed

    Example:
        {'content_index': 0, 'delta': "I'm sorry", 'item_id': 'item-1', 'output_index': 0, 'sequence_number': 4, 'type':
            'response.refusal.delta'}

    """

    content_index: int
    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type_: BaseRefusalDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "content_index",
        "delta",
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_base_refusal_delta_event_type, "type_"),
    )
