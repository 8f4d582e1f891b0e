from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.url_citation_type import URLCitationType, check_url_citation_type
from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _required_ = (
        "end_index",
        "start_index",
        "title",
        ("type", check_url_citation_type, "type_"),
        "url",
    )
    _optional_ = ("content",)
