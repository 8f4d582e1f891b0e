from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_web_fetch_block_type import AnthropicWebFetchBlockType, check_anthropic_web_fetch_block_type
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_document_block import AnthropicDocumentBlock
else:
    AnthropicDocumentBlock = _LazyModel(globals(), "anthropic_document_block", "AnthropicDocumentBlock")


@_attrs_define(repr=False, eq=False)
class AnthropicWebFetchBlock(_ModelBase):
    """
    Example:
        {'content': {'citations': None, 'source': {'data': '', 'media_type': 'text/plain', 'type': 'text'}, 'title':
            None, 'type': 'document'}, 'retrieved_at': None, 'type': 'web_fetch_result', 'url': 'https://example.com'}

    """

    content: AnthropicDocumentBlock
    retrieved_at: None | str
    type_: AnthropicWebFetchBlockType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("content", _model_field(AnthropicDocumentBlock)),
        (
            "retrieved_at",
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
        ("type", check_anthropic_web_fetch_block_type, "type_"),
        "url",
    )
