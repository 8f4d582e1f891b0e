from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_partial_image_event_type import (
    ImageGenPartialImageEventType,
    check_image_gen_partial_image_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "b64_json",
        "partial_image_index",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "b64_json"
            b64_json = d.pop("b64_json")

            _at_field_ = "partial_image_index"
            partial_image_index = d.pop("partial_image_index")

            _at_field_ = "type"
            type_ = check_image_gen_partial_image_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_gen_partial_image_event = cls(
            b64_json=b64_json,
            partial_image_index=partial_image_index,
            type_=type_,
        )

        image_gen_partial_image_event.additional_properties = d
        return image_gen_partial_image_event
