from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_fetch_engine_enum import WebFetchEngineEnum, check_web_fetch_engine_enum
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "allowed_domains",
        "blocked_domains",
        "engine",
        "max_content_tokens",
        "max_uses",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "allowed_domains"
            allowed_domains = cast(list[str], d.pop("allowed_domains", UNSET))

            _at_field_ = "blocked_domains"
            blocked_domains = cast(list[str], d.pop("blocked_domains", UNSET))

            _at_field_ = "engine"
            _engine = d.pop("engine", UNSET)
            engine: WebFetchEngineEnum | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = check_web_fetch_engine_enum(_engine)

            _at_field_ = "max_content_tokens"
            max_content_tokens = d.pop("max_content_tokens", UNSET)

            _at_field_ = "max_uses"
            max_uses = d.pop("max_uses", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        web_fetch_server_tool_config = cls(
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            engine=engine,
            max_content_tokens=max_content_tokens,
            max_uses=max_uses,
        )

        web_fetch_server_tool_config.additional_properties = d
        return web_fetch_server_tool_config
