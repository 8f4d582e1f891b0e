from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.web_fetch_engine_enum import WebFetchEngineEnum, check_web_fetch_engine_enum
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class WebFetchServerToolConfig(_ModelBase):
    """Configuration for the openrouter:web_fetch server tool

    Example:
        {'max_content_tokens': 100000, 'max_uses': 10}

    Attributes:
        allowed_domains (list[str] | Unset): Only fetch from these domains.
        blocked_domains (list[str] | Unset): Never fetch from these domains.
        engine (WebFetchEngineEnum | Unset): Which fetch engine to use. "auto" (default) uses native if the provider
            supports it, otherwise Exa. "native" forces the provider's built-in fetch. "exa" uses Exa Contents API.
            "openrouter" uses direct HTTP fetch. "firecrawl" uses Firecrawl scrape (requires BYOK). "parallel" uses the
            Parallel extract API. Example: auto.
        max_content_tokens (int | Unset): Maximum content length in approximate tokens. Content exceeding this limit is
            truncated. Example: 100000.
        max_uses (int | Unset): Maximum number of web fetches per request. Once exceeded, the tool returns an error.
            Example: 10.
    """

    allowed_domains: list[str] | Unset = UNSET
    blocked_domains: list[str] | Unset = UNSET
    engine: WebFetchEngineEnum | Unset = UNSET
    max_content_tokens: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "allowed_domains",
        "blocked_domains",
        ("engine", check_web_fetch_engine_enum),
        "max_content_tokens",
        "max_uses",
    )
