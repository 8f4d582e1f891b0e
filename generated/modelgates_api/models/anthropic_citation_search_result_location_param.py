from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_citation_search_result_location_param_type import (
    AnthropicCitationSearchResultLocationParamType,
    check_anthropic_citation_search_result_location_param_type,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicCitationSearchResultLocationParam(_ModelBase):
    """
    Example:
        {'cited_text': 'Example cited text', 'end_block_index': 1, 'search_result_index': 0, 'source': 'example_source',
            'start_block_index': 0, 'title': 'Example Result', 'type': 'search_result_location'}

    """

    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: None | str
    type_: AnthropicCitationSearchResultLocationParamType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "cited_text",
        "end_block_index",
        "search_result_index",
        "source",
        "start_block_index",
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
        ("type", check_anthropic_citation_search_result_location_param_type, "type_"),
    )
