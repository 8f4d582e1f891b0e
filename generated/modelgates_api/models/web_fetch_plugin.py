from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.web_fetch_plugin_id import WebFetchPluginId, check_web_fetch_plugin_id
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class WebFetchPlugin(_ModelBase):
    """
    Example:
        {'id': 'web-fetch', 'max_uses': 10}

    Attributes:
        allowed_domains (list[str] | Unset): Only fetch from these domains.
        blocked_domains (list[str] | Unset): Never fetch from these domains.
        max_content_tokens (int | Unset): Maximum content length in approximate tokens. Content exceeding this limit is
            truncated.
        max_uses (int | Unset): Maximum number of web fetches per request. Once exceeded, the tool returns an error.
    """

    id: WebFetchPluginId
    allowed_domains: list[str] | Unset = UNSET
    blocked_domains: list[str] | Unset = UNSET
    max_content_tokens: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("id", check_web_fetch_plugin_id),)
    _optional_ = (
        "allowed_domains",
        "blocked_domains",
        "max_content_tokens",
        "max_uses",
    )
