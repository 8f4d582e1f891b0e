from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_base_64_pdf_source_media_type import (
    AnthropicBase64PdfSourceMediaType,
    check_anthropic_base_64_pdf_source_media_type,
)
from ..models.anthropic_base_64_pdf_source_type import (
    AnthropicBase64PdfSourceType,
    check_anthropic_base_64_pdf_source_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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
            media_type = check_anthropic_base_64_pdf_source_media_type(d.pop("media_type"))

            _at_field_ = "type"
            type_ = check_anthropic_base_64_pdf_source_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_base_64_pdf_source = cls(
            data=data,
            media_type=media_type,
            type_=type_,
        )

        anthropic_base_64_pdf_source.additional_properties = d
        return anthropic_base_64_pdf_source
