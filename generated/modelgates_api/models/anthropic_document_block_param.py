from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_document_block_param_type import (
    AnthropicDocumentBlockParamType,
    check_anthropic_document_block_param_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_document_block_param_citations_type_0 import AnthropicDocumentBlockParamCitationsType0
    from ..models.anthropic_document_block_param_source_type_2 import AnthropicDocumentBlockParamSourceType2
    from ..models.anthropic_file_document_source import AnthropicFileDocumentSource
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource
    from ..models.anthropic_url_pdf_source import AnthropicUrlPdfSource
else:
    AnthropicBase64PdfSource = _LazyModel(globals(), "anthropic_base_64_pdf_source", "AnthropicBase64PdfSource")
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicDocumentBlockParamCitationsType0 = _LazyModel(
        globals(), "anthropic_document_block_param_citations_type_0", "AnthropicDocumentBlockParamCitationsType0"
    )
    AnthropicDocumentBlockParamSourceType2 = _LazyModel(
        globals(), "anthropic_document_block_param_source_type_2", "AnthropicDocumentBlockParamSourceType2"
    )
    AnthropicFileDocumentSource = _LazyModel(globals(), "anthropic_file_document_source", "AnthropicFileDocumentSource")
    AnthropicPlainTextSource = _LazyModel(globals(), "anthropic_plain_text_source", "AnthropicPlainTextSource")
    AnthropicUrlPdfSource = _LazyModel(globals(), "anthropic_url_pdf_source", "AnthropicUrlPdfSource")


@_attrs_define(repr=False, eq=False)
class AnthropicDocumentBlockParam(_ModelBase):
    """
    Example:
        {'source': {'data': 'Hello, world!', 'media_type': 'text/plain', 'type': 'text'}, 'type': 'document'}

    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    source: (
        AnthropicBase64PdfSource
        | AnthropicDocumentBlockParamSourceType2
        | AnthropicFileDocumentSource
        | AnthropicPlainTextSource
        | AnthropicUrlPdfSource
    )
    type_: AnthropicDocumentBlockParamType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    citations: AnthropicDocumentBlockParamCitationsType0 | None | Unset = UNSET
    context: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "source",
            _union_field(
                (
                    ("AnthropicBase64PdfSource", AnthropicBase64PdfSource),
                    ("AnthropicPlainTextSource", AnthropicPlainTextSource),
                    ("AnthropicDocumentBlockParamSourceType2", AnthropicDocumentBlockParamSourceType2),
                    ("AnthropicUrlPdfSource", AnthropicUrlPdfSource),
                    ("AnthropicFileDocumentSource", AnthropicFileDocumentSource),
                ),
                tag=(
                    "type",
                    (
                        "base64",
                        "text",
                        "content",
                        "url",
                        "file",
                    ),
                ),
            ),
        ),
        ("type", check_anthropic_document_block_param_type, "type_"),
    )
    _optional_ = (
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        (
            "citations",
            _union_field(
                (("AnthropicDocumentBlockParamCitationsType0", AnthropicDocumentBlockParamCitationsType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "context",
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
    )
