from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_document_block_param_type import (
    AnthropicDocumentBlockParamType,
    check_anthropic_document_block_param_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_document_block_param_citations_type_0 import AnthropicDocumentBlockParamCitationsType0
    from ..models.anthropic_document_block_param_source_type_2 import AnthropicDocumentBlockParamSourceType2
    from ..models.anthropic_file_document_source import AnthropicFileDocumentSource
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource
    from ..models.anthropic_url_pdf_source import AnthropicUrlPdfSource


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

    _json_fields_ = (
        "source",
        ("type_", "type"),
        "cache_control",
        "citations",
        "context",
        "title",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "source"
            source = d.pop("source")
            source = _parse_union(
                source,
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
            )

            _at_field_ = "type"
            type_ = check_anthropic_document_block_param_type(d.pop("type"))

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

            _at_field_ = "citations"
            citations = d.pop("citations", UNSET)
            if not isinstance(citations, (_NoneType, Unset)):
                citations = _parse_union(
                    citations,
                    (("AnthropicDocumentBlockParamCitationsType0", AnthropicDocumentBlockParamCitationsType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "context"
            context = d.pop("context", UNSET)
            if not isinstance(context, (str, _NoneType, Unset)):
                context = _parse_union(
                    context,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "title"
            title = d.pop("title", UNSET)
            if not isinstance(title, (str, _NoneType, Unset)):
                title = _parse_union(
                    title,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_document_block_param = cls(
            source=source,
            type_=type_,
            cache_control=cache_control,
            citations=citations,
            context=context,
            title=title,
        )

        anthropic_document_block_param.additional_properties = d
        return anthropic_document_block_param


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicBase64PdfSource = _LazyModel(
        globals(), "modelgates_api.models.anthropic_base_64_pdf_source", "AnthropicBase64PdfSource"
    )
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicDocumentBlockParamCitationsType0 = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_document_block_param_citations_type_0",
        "AnthropicDocumentBlockParamCitationsType0",
    )
    AnthropicDocumentBlockParamSourceType2 = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_document_block_param_source_type_2",
        "AnthropicDocumentBlockParamSourceType2",
    )
    AnthropicFileDocumentSource = _LazyModel(
        globals(), "modelgates_api.models.anthropic_file_document_source", "AnthropicFileDocumentSource"
    )
    AnthropicPlainTextSource = _LazyModel(
        globals(), "modelgates_api.models.anthropic_plain_text_source", "AnthropicPlainTextSource"
    )
    AnthropicUrlPdfSource = _LazyModel(
        globals(), "modelgates_api.models.anthropic_url_pdf_source", "AnthropicUrlPdfSource"
    )
