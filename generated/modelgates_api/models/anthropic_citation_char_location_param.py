from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_citation_char_location_param_type import (
    AnthropicCitationCharLocationParamType,
    check_anthropic_citation_char_location_param_type,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicCitationCharLocationParam(_ModelBase):
    """
    Example:
        {'cited_text': 'Example cited text', 'document_index': 0, 'document_title': None, 'end_char_index': 18,
            'start_char_index': 0, 'type': 'char_location'}

    """

    cited_text: str
    document_index: int
    document_title: None | str
    end_char_index: int
    start_char_index: int
    type_: AnthropicCitationCharLocationParamType
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
        "end_char_index",
        "start_char_index",
        ("type", check_anthropic_citation_char_location_param_type, "type_"),
    )
