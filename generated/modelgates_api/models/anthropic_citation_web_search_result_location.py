from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_citation_web_search_result_location_type import (
    AnthropicCitationWebSearchResultLocationType,
    check_anthropic_citation_web_search_result_location_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicCitationWebSearchResultLocation(_ModelBase):
    """
    Example:
        {'cited_text': 'Example cited text', 'encrypted_index': 'enc_idx_0', 'title': 'Example Page', 'type':
            'web_search_result_location', 'url': 'https://example.com'}

    """

    cited_text: str
    encrypted_index: str
    title: None | str
    type_: AnthropicCitationWebSearchResultLocationType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "cited_text",
        "encrypted_index",
        "title",
        ("type_", "type"),
        "url",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "cited_text"
            cited_text = d.pop("cited_text")

            _at_field_ = "encrypted_index"
            encrypted_index = d.pop("encrypted_index")

            _at_field_ = "title"
            title = d.pop("title")
            if not isinstance(title, (str, _NoneType)):
                title = _parse_union(
                    title,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_anthropic_citation_web_search_result_location_type(d.pop("type"))

            _at_field_ = "url"
            url = d.pop("url")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_citation_web_search_result_location = cls(
            cited_text=cited_text,
            encrypted_index=encrypted_index,
            title=title,
            type_=type_,
            url=url,
        )

        anthropic_citation_web_search_result_location.additional_properties = d
        return anthropic_citation_web_search_result_location
