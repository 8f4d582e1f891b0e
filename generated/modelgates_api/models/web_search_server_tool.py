from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.search_context_size_enum import SearchContextSizeEnum, check_search_context_size_enum
from ..models.web_search_engine_enum import WebSearchEngineEnum, check_web_search_engine_enum
from ..models.web_search_mode import WebSearchMode, check_web_search_mode
from ..models.web_search_server_tool_type import WebSearchServerToolType, check_web_search_server_tool_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.web_search_domain_filter import WebSearchDomainFilter
    from ..models.web_search_user_location import WebSearchUserLocation
else:
    WebSearchDomainFilter = _LazyModel(globals(), "web_search_domain_filter", "WebSearchDomainFilter")
    WebSearchUserLocation = _LazyModel(globals(), "web_search_user_location", "WebSearchUserLocation")


@_attrs_define(repr=False, eq=False)
class WebSearchServerTool(_ModelBase):
    """Web search tool configuration (2025-08-26 version)

    Example:
        {'engine': 'auto', 'filters': {'allowed_domains': ['example.com']}, 'type': 'web_search_2025_08_26'}

    Attributes:
        engine (WebSearchEngineEnum | Unset): Which search engine to use. "auto" (default) uses native if the provider
            supports it, otherwise Exa. "native" forces the provider's built-in search. "exa" forces the Exa search API.
            "firecrawl" uses Firecrawl (requires BYOK). "parallel" uses the Parallel search API. "perplexity" uses the
            Perplexity Search API (raw ranked results). Example: auto.
        max_results (int | Unset): Maximum number of search results to return per search call. Defaults to 5. Applies to
            Exa, Firecrawl, Parallel, and Perplexity engines; ignored with native provider search. Perplexity supports a
            maximum of 20; values above 20 are clamped. Example: 5.
        max_uses (int | Unset): Maximum number of web searches the model may perform in a single request. Once reached,
            further search calls return an error result instead of executing. Applies to the Exa, Firecrawl, Parallel, and
            Perplexity engines. With native provider search, forwarded only to Anthropic (as `max_uses`); other native
            search providers have no equivalent parameter and ignore it. Example: 3.
        mode (WebSearchMode | Unset): Engine-native search mode. Exa supports instant, fast, auto (default), deep-lite,
            deep, and deep-reasoning. Parallel supports turbo, fast, basic (default), and advanced. Modes unsupported by the
            selected engine are ignored. Example: auto.
        search_context_size (SearchContextSizeEnum | Unset): Size of the search context for web search tools Example:
            medium.
    """

    type_: WebSearchServerToolType
    engine: WebSearchEngineEnum | Unset = UNSET
    filters: None | Unset | WebSearchDomainFilter = UNSET
    max_results: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    mode: WebSearchMode | Unset = UNSET
    search_context_size: SearchContextSizeEnum | Unset = UNSET
    user_location: None | Unset | WebSearchUserLocation = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_web_search_server_tool_type, "type_"),)
    _optional_ = (
        ("engine", check_web_search_engine_enum),
        (
            "filters",
            _union_field((("WebSearchDomainFilter", WebSearchDomainFilter),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        "max_results",
        "max_uses",
        ("mode", check_web_search_mode),
        ("search_context_size", check_search_context_size_enum),
        (
            "user_location",
            _union_field((("WebSearchUserLocation", WebSearchUserLocation),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
    )
