from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.url_citation_type import URLCitationType, check_url_citation_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class URLCitation(_ModelBase):
    """
    Example:
        {'content': 'OpenRouter provides a unified API for accessing LLMs from multiple providers.', 'end_index': 42,
            'start_index': 0, 'title': 'OpenRouter Documentation', 'type': 'url_citation', 'url':
            'https://openrouter.ai/docs'}

    """

    end_index: int
    start_index: int
    title: str
    type_: URLCitationType
    url: str
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "end_index",
        "start_index",
        "title",
        ("type_", "type"),
        "url",
        "content",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "end_index"
            end_index = d.pop("end_index")

            _at_field_ = "start_index"
            start_index = d.pop("start_index")

            _at_field_ = "title"
            title = d.pop("title")

            _at_field_ = "type"
            type_ = check_url_citation_type(d.pop("type"))

            _at_field_ = "url"
            url = d.pop("url")

            _at_field_ = "content"
            content = d.pop("content", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        url_citation = cls(
            end_index=end_index,
            start_index=start_index,
            title=title,
            type_=type_,
            url=url,
            content=content,
        )

        url_citation.additional_properties = d
        return url_citation
