from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.base_refusal_done_event_type import BaseRefusalDoneEventType, check_base_refusal_done_event_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BaseRefusalDoneEvent(_ModelBase):
    """Event emitted when refusal streaming is complete

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'output_index': 0, 'refusal': "I'm sorry, but I can't assist with that
            request.", 'sequence_number': 6, 'type': 'response.refusal.done'}

    """

    content_index: int
    item_id: str
    output_index: int
    refusal: str
    sequence_number: int
    type_: BaseRefusalDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "content_index",
        "item_id",
        "output_index",
        "refusal",
        "sequence_number",
        ("type", check_base_refusal_done_event_type, "type_"),
    )
