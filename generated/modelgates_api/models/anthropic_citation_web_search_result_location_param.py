from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_citation_web_search_result_location_param_type import (
    AnthropicCitationWebSearchResultLocationParamType,
    check_anthropic_citation_web_search_result_location_param_type,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicCitationWebSearchResultLocationParam(_ModelBase):
    """
    Example:
        {'cited_text': 'Example cited text', 'encrypted_index': 'enc_idx_0', 'title': 'Example Page', 'type':
            'web_search_result_location', 'url': 'https://example.com'}

    """

    cited_text: str
    encrypted_index: str
    title: None | str
    type_: AnthropicCitationWebSearchResultLocationParamType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "cited_text",
        "encrypted_index",
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
        ("type", check_anthropic_citation_web_search_result_location_param_type, "type_"),
        "url",
    )
