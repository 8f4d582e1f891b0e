from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_base_64_image_source_type import (
    AnthropicBase64ImageSourceType,
    check_anthropic_base_64_image_source_type,
)
from ..models.anthropic_image_mime_type import AnthropicImageMimeType, check_anthropic_image_mime_type
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "data",
        ("media_type", check_anthropic_image_mime_type),
        ("type", check_anthropic_base_64_image_source_type, "type_"),
    )
