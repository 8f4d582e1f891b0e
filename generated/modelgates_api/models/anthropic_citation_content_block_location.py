from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_citation_content_block_location_type import (
    AnthropicCitationContentBlockLocationType,
    check_anthropic_citation_content_block_location_type,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicCitationContentBlockLocation(_ModelBase):
    """
    Example:
        {'cited_text': 'Example cited text', 'document_index': 0, 'document_title': None, 'end_block_index': 1,
            'file_id': None, 'start_block_index': 0, 'type': 'content_block_location'}

    """

    cited_text: str
    document_index: int
    document_title: None | str
    end_block_index: int
    file_id: None | str
    start_block_index: int
    type_: AnthropicCitationContentBlockLocationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "cited_text",
        "document_index",
        (
            "document_title",
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
        "end_block_index",
        (
            "file_id",
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
        "start_block_index",
        ("type", check_anthropic_citation_content_block_location_type, "type_"),
    )
