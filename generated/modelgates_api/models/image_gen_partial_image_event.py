from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_gen_partial_image_event_type import (
    ImageGenPartialImageEventType,
    check_image_gen_partial_image_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ImageGenPartialImageEvent(_ModelBase):
    """Emitted when a partial image becomes available during streaming generation

    Example:
        {'b64_json': '<base64-encoded-partial-image>', 'partial_image_index': 0, 'type':
            'image_generation.partial_image'}

    Attributes:
        b64_json (str): Base64-encoded partial image data
        partial_image_index (int): 0-based index indicating which partial image this is in the sequence
        type_ (ImageGenPartialImageEventType): The event type
    """

    b64_json: str
    partial_image_index: int
    type_: ImageGenPartialImageEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "b64_json",
        "partial_image_index",
        ("type", check_image_gen_partial_image_event_type, "type_"),
    )
