from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.web_search_engine import WebSearchEngine, check_web_search_engine
from ..models.web_search_mode import WebSearchMode, check_web_search_mode
from ..models.web_search_plugin_id import WebSearchPluginId, check_web_search_plugin_id
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.web_search_plugin_user_location_type_0 import WebSearchPluginUserLocationType0
else:
    WebSearchPluginUserLocationType0 = _LazyModel(
        globals(), "web_search_plugin_user_location_type_0", "WebSearchPluginUserLocationType0"
    )


@_attrs_define(repr=False, eq=False)
class WebSearchPlugin(_ModelBase):
    """
    Example:
        {'enabled': True, 'id': 'web', 'max_results': 5}

    Attributes:
        enabled (bool | Unset): Set to false to disable the web-search plugin for this request. Defaults to true.
        engine (WebSearchEngine | Unset): Search engine for the web plugin; `native` uses the provider's built-in
            search.
        exclude_domains (list[str] | Unset): A list of domains to exclude from web search results. Supports wildcards
            (e.g. "*.substack.com") and path filtering (e.g. "openai.com/blog"). Example: ['example.com', '*.substack.com',
            'openai.com/blog'].
        include_domains (list[str] | Unset): A list of domains to restrict web search results to. Supports wildcards
            (e.g. "*.substack.com") and path filtering (e.g. "openai.com/blog"). Example: ['example.com', '*.substack.com',
            'openai.com/blog'].
        max_uses (int | Unset): Maximum number of times the model can invoke web search in a single turn. Passed through
            to native providers that support it (e.g. Anthropic).
        mode (WebSearchMode | Unset): Engine-native search mode. Exa supports instant, fast, auto (default), deep-lite,
            deep, and deep-reasoning. Parallel supports turbo, fast, basic (default), and advanced. Modes unsupported by the
            selected engine are ignored. Example: auto.
        user_location (None | Unset | WebSearchPluginUserLocationType0): Approximate user location for location-biased
            search results. Passed through to native providers that support it (e.g. Anthropic). Example: {'city': 'San
            Francisco', 'country': 'US', 'region': 'California', 'timezone': 'America/Los_Angeles', 'type': 'approximate'}.
    """

    id: WebSearchPluginId
    enabled: bool | Unset = UNSET
    engine: WebSearchEngine | Unset = UNSET
    exclude_domains: list[str] | Unset = UNSET
    include_domains: list[str] | Unset = UNSET
    max_results: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    mode: WebSearchMode | Unset = UNSET
    search_prompt: str | Unset = UNSET
    user_location: None | Unset | WebSearchPluginUserLocationType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("id", check_web_search_plugin_id),)
    _optional_ = (
        "enabled",
        ("engine", check_web_search_engine),
        "exclude_domains",
        "include_domains",
        "max_results",
        "max_uses",
        ("mode", check_web_search_mode),
        "search_prompt",
        (
            "user_location",
            _union_field(
                (("WebSearchPluginUserLocationType0", WebSearchPluginUserLocationType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
