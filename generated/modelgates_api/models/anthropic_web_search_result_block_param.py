from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_web_search_result_block_param_type import (
    AnthropicWebSearchResultBlockParamType,
    check_anthropic_web_search_result_block_param_type,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicWebSearchResultBlockParam(_ModelBase):
    """
    Example:
        {'encrypted_content': 'enc_content_0', 'title': 'Example Page', 'type': 'web_search_result', 'url':
            'https://example.com'}

    """

    encrypted_content: str
    title: str
    type_: AnthropicWebSearchResultBlockParamType
    url: str
    page_age: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "encrypted_content",
        "title",
        ("type", check_anthropic_web_search_result_block_param_type, "type_"),
        "url",
    )
    _optional_ = (
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
    )
