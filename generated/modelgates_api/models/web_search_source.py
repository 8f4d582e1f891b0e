from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.web_search_source_type import WebSearchSourceType, check_web_search_source_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class WebSearchSource(_ModelBase):
    """
    Example:
        {'type': 'url', 'url': 'https://example.com/article'}

    """

    type_: WebSearchSourceType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_web_search_source_type, "type_"),
        "url",
    )
