from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_base_64_image_source_type import (
    AnthropicBase64ImageSourceType,
    check_anthropic_base_64_image_source_type,
)
from ..models.anthropic_image_mime_type import AnthropicImageMimeType, check_anthropic_image_mime_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicBase64ImageSource(_ModelBase):
    """
    Example:
        {'data': '/9j/4AAQ...', 'media_type': 'image/jpeg', 'type': 'base64'}

    """

    data: str
    media_type: AnthropicImageMimeType
    type_: AnthropicBase64ImageSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "data",
        "media_type",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = d.pop("data")

            _at_field_ = "media_type"
            media_type = check_anthropic_image_mime_type(d.pop("media_type"))

            _at_field_ = "type"
            type_ = check_anthropic_base_64_image_source_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_base_64_image_source = cls(
            data=data,
            media_type=media_type,
            type_=type_,
        )

        anthropic_base_64_image_source.additional_properties = d
        return anthropic_base_64_image_source
