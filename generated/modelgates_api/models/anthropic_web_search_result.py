from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_web_search_result_type import (
    AnthropicWebSearchResultType,
    check_anthropic_web_search_result_type,
)
from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicWebSearchResult(_ModelBase):
    """
    Example:
        {'encrypted_content': 'enc_content_0', 'page_age': None, 'title': 'Example Page', 'type': 'web_search_result',
            'url': 'https://example.com'}

    """

    encrypted_content: str
    page_age: None | str
    title: str
    type_: AnthropicWebSearchResultType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "encrypted_content",
        (
            "page_age",
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
        "title",
        ("type", check_anthropic_web_search_result_type, "type_"),
        "url",
    )
