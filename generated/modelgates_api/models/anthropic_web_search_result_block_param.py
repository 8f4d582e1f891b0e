from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_search_result_block_param_type import (
    AnthropicWebSearchResultBlockParamType,
    check_anthropic_web_search_result_block_param_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "encrypted_content",
        "title",
        ("type_", "type"),
        "url",
        "page_age",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "encrypted_content"
            encrypted_content = d.pop("encrypted_content")

            _at_field_ = "title"
            title = d.pop("title")

            _at_field_ = "type"
            type_ = check_anthropic_web_search_result_block_param_type(d.pop("type"))

            _at_field_ = "url"
            url = d.pop("url")

            _at_field_ = "page_age"
            page_age = d.pop("page_age", UNSET)
            if not isinstance(page_age, (str, _NoneType, Unset)):
                page_age = _parse_union(
                    page_age,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_web_search_result_block_param = cls(
            encrypted_content=encrypted_content,
            title=title,
            type_=type_,
            url=url,
            page_age=page_age,
        )

        anthropic_web_search_result_block_param.additional_properties = d
        return anthropic_web_search_result_block_param
