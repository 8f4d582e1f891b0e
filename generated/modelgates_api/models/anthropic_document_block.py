from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_document_block_type import AnthropicDocumentBlockType, check_anthropic_document_block_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from ..models.anthropic_citations_config import AnthropicCitationsConfig
    from ..models.anthropic_plain_text_source import AnthropicPlainTextSource


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

    _json_fields_ = (
        "source",
        "title",
        ("type_", "type"),
        "citations",
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
                ),
                tag=(
                    "media_type",
                    (
                        "application/pdf",
                        "text/plain",
                    ),
                ),
            )

            _at_field_ = "title"
            title = d.pop("title")
            if not isinstance(title, (str, _NoneType)):
                title = _parse_union(
                    title,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_anthropic_document_block_type(d.pop("type"))

            _at_field_ = "citations"
            citations = d.pop("citations", UNSET)
            if not isinstance(citations, (_NoneType, Unset)):
                citations = _parse_union(
                    citations,
                    (("AnthropicCitationsConfig", AnthropicCitationsConfig),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_document_block = cls(
            source=source,
            title=title,
            type_=type_,
            citations=citations,
        )

        anthropic_document_block.additional_properties = d
        return anthropic_document_block


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicBase64PdfSource = _LazyModel(
        globals(), "modelgates_api.models.anthropic_base_64_pdf_source", "AnthropicBase64PdfSource"
    )
    AnthropicCitationsConfig = _LazyModel(
        globals(), "modelgates_api.models.anthropic_citations_config", "AnthropicCitationsConfig"
    )
    AnthropicPlainTextSource = _LazyModel(
        globals(), "modelgates_api.models.anthropic_plain_text_source", "AnthropicPlainTextSource"
    )
