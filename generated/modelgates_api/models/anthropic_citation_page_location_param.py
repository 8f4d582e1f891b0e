from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_citation_page_location_param_type import (
    AnthropicCitationPageLocationParamType,
    check_anthropic_citation_page_location_param_type,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicCitationPageLocationParam(_ModelBase):
    """
    Example:
        {'cited_text': 'Example cited text', 'document_index': 0, 'document_title': None, 'end_page_number': 2,
            'start_page_number': 1, 'type': 'page_location'}

    """

    cited_text: str
    document_index: int
    document_title: None | str
    end_page_number: int
    start_page_number: int
    type_: AnthropicCitationPageLocationParamType
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
        "end_page_number",
        "start_page_number",
        ("type", check_anthropic_citation_page_location_param_type, "type_"),
    )
