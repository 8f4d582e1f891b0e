from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class FusionSource(_ModelBase):
    """A web page retrieved via web search during a fusion run.

    Example:
        {'title': 'Example article title', 'url': 'https://example.com/article'}

    Attributes:
        title (str): Title of the retrieved web page.
        url (str): URL of the web page a panel or the analyst retrieved during the run.
    """

    title: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "title",
        "url",
    )
