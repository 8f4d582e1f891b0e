from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_url_pdf_source_type import AnthropicUrlPdfSourceType, check_anthropic_url_pdf_source_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicUrlPdfSource(_ModelBase):
    """
    Example:
        {'type': 'url', 'url': 'https://example.com/document.pdf'}

    """

    type_: AnthropicUrlPdfSourceType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_anthropic_url_pdf_source_type, "type_"),
        "url",
    )
