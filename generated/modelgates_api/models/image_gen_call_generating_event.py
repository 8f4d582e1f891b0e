from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_gen_call_generating_event_type import (
    ImageGenCallGeneratingEventType,
    check_image_gen_call_generating_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ImageGenCallGeneratingEvent(_ModelBase):
    """Image generation call is generating

    Example:
        {'item_id': 'call-123', 'output_index': 0, 'sequence_number': 2, 'type':
            'response.image_generation_call.generating'}

    """

    item_id: str
    output_index: int
    sequence_number: int
    type_: ImageGenCallGeneratingEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_image_gen_call_generating_event_type, "type_"),
    )
