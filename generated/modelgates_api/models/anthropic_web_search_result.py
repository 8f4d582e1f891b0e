from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_search_result_type import (
    AnthropicWebSearchResultType,
    check_anthropic_web_search_result_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "encrypted_content",
        "page_age",
        "title",
        ("type_", "type"),
        "url",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "encrypted_content"
            encrypted_content = d.pop("encrypted_content")

            _at_field_ = "page_age"
            page_age = d.pop("page_age")
            if not isinstance(page_age, (str, _NoneType)):
                page_age = _parse_union(
                    page_age,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "title"
            title = d.pop("title")

            _at_field_ = "type"
            type_ = check_anthropic_web_search_result_type(d.pop("type"))

            _at_field_ = "url"
            url = d.pop("url")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_web_search_result = cls(
            encrypted_content=encrypted_content,
            page_age=page_age,
            title=title,
            type_=type_,
            url=url,
        )

        anthropic_web_search_result.additional_properties = d
        return anthropic_web_search_result
