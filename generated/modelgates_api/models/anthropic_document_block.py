from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_document_block_type import AnthropicDocumentBlockType, check_anthropic_document_block_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from ..models.anthropic_citations_config import AnthropicCitationsConfig
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource
else:
    AnthropicBase64PdfSource = _LazyModel(globals(), "anthropic_base_64_pdf_source", "AnthropicBase64PdfSource")
    AnthropicCitationsConfig = _LazyModel(globals(), "anthropic_citations_config", "AnthropicCitationsConfig")
    AnthropicPlainTextSource = _LazyModel(globals(), "anthropic_plain_text_source", "AnthropicPlainTextSource")


@_attrs_define(repr=False, eq=False)
class AnthropicDocumentBlock(_ModelBase):
    """
    Example:
        {'citations': None, 'source': {'data': 'Hello, world!', 'media_type': 'text/plain', 'type': 'text'}, 'title':
            None, 'type': 'document'}

    """

    source: AnthropicBase64PdfSource | AnthropicPlainTextSource
    title: None | str
    type_: AnthropicDocumentBlockType
    citations: AnthropicCitationsConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "source",
            _union_field(
                (
                    ("AnthropicBase64PdfSource", AnthropicBase64PdfSource),
                    ("AnthropicPlainTextSource", AnthropicPlainTextSource),
                ),
                tag=(
                    "media_type",
                    (
                        "application/pdf",
                        "text/plain",
                    ),
                ),
            ),
        ),
        (
            "title",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        ("type", check_anthropic_document_block_type, "type_"),
    )
    _optional_ = (
        (
            "citations",
            _union_field(
                (("AnthropicCitationsConfig", AnthropicCitationsConfig),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
