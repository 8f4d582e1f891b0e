from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_gen_call_partial_image_event_type import (
    ImageGenCallPartialImageEventType,
    check_image_gen_call_partial_image_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ImageGenCallPartialImageEvent(_ModelBase):
    """Image generation call with partial image

    Example:
        {'item_id': 'call-123', 'output_index': 0, 'partial_image_b64': 'base64encodedimage...', 'partial_image_index':
            0, 'sequence_number': 3, 'type': 'response.image_generation_call.partial_image'}

    """

    item_id: str
    output_index: int
    partial_image_b64: str
    partial_image_index: int
    sequence_number: int
    type_: ImageGenCallPartialImageEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "item_id",
        "output_index",
        "partial_image_b64",
        "partial_image_index",
        "sequence_number",
        ("type", check_image_gen_call_partial_image_event_type, "type_"),
    )
