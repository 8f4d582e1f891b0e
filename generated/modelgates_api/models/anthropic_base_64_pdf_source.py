from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_base_64_pdf_source_media_type import (
    AnthropicBase64PdfSourceMediaType,
    check_anthropic_base_64_pdf_source_media_type,
)
from ..models.anthropic_base_64_pdf_source_type import (
    AnthropicBase64PdfSourceType,
    check_anthropic_base_64_pdf_source_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicBase64PdfSource(_ModelBase):
    """
    Example:
        {'data': 'JVBERi0x...', 'media_type': 'application/pdf', 'type': 'base64'}

    """

    data: str
    media_type: AnthropicBase64PdfSourceMediaType
    type_: AnthropicBase64PdfSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "data",
        ("media_type", check_anthropic_base_64_pdf_source_media_type),
        ("type", check_anthropic_base_64_pdf_source_type, "type_"),
    )
