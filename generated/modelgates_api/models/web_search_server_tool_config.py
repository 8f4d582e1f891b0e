from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.search_quality_level import SearchQualityLevel, check_search_quality_level
from ..models.web_search_engine_enum import WebSearchEngineEnum, check_web_search_engine_enum
from ..models.web_search_mode import WebSearchMode, check_web_search_mode
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.web_search_user_location_server_tool import WebSearchUserLocationServerTool
else:
    WebSearchUserLocationServerTool = _LazyModel(
        globals(), "web_search_user_location_server_tool", "WebSearchUserLocationServerTool"
    )


@_attrs_define(repr=False, eq=False)
class WebSearchServerToolConfig(_ModelBase):
    """Configuration for the openrouter:web_search server tool

    Example:
        {'max_results': 5, 'search_context_size': 'medium'}

    Attributes:
        allowed_domains (list[str] | Unset): Limit search results to these domains. Supported by Exa, Firecrawl,
            Parallel, Perplexity, and most native providers (Anthropic, OpenAI, xAI). Cannot be used with excluded_domains.
        engine (WebSearchEngineEnum | Unset): Which search engine to use. "auto" (default) uses native if the provider
            supports it, otherwise Exa. "native" forces the provider's built-in search. "exa" forces the Exa search API.
            "firecrawl" uses Firecrawl (requires BYOK). "parallel" uses the Parallel search API. "perplexity" uses the
            Perplexity Search API (raw ranked results). Example: auto.
        excluded_domains (list[str] | Unset): Exclude search results from these domains. Supported by Exa, Firecrawl,
            Parallel, Perplexity, Anthropic, OpenAI, and xAI. Cannot be used with allowed_domains.
        max_characters (int | Unset): Exact maximum number of characters of content per search result. Applies to the
            Exa, Parallel, and Perplexity engines; ignored with native provider search and Firecrawl. For Exa, caps
            highlight content per result. For Parallel, caps excerpt content per result (default 1,500 when omitted). For
            Perplexity, maps to the native `max_tokens_per_page` parameter (converted from characters to tokens) and trims
            the response to the exact character cap. When both `max_characters` and `search_context_size` are set,
            `max_characters` takes precedence. When omitted, falls back to `search_context_size` mapping (Exa) or engine
            defaults (Parallel, Perplexity). Example: 2000.
        max_results (int | Unset): Maximum number of search results to return per search call. Defaults to 5. Applies to
            Exa, Firecrawl, Parallel, and Perplexity engines; ignored with native provider search. Perplexity supports a
            maximum of 20; values above 20 are clamped. Example: 5.
        max_total_results (int | Unset): Maximum total number of search results across all search calls in a single
            request. Once this limit is reached, the tool will stop returning new results. Useful for controlling cost and
            context size in agentic loops. Defaults to 50 when not specified. Example: 50.
        max_uses (int | Unset): Maximum number of web searches the model may perform in a single request. Once reached,
            further search calls return an error result instead of executing. Applies to the Exa, Firecrawl, Parallel, and
            Perplexity engines. With native provider search, forwarded only to Anthropic (as `max_uses`); other native
            search providers have no equivalent parameter and ignore it. Example: 3.
        mode (WebSearchMode | Unset): Engine-native search mode. Exa supports instant, fast, auto (default), deep-lite,
            deep, and deep-reasoning. Parallel supports turbo, fast, basic (default), and advanced. Modes unsupported by the
            selected engine are ignored. Example: auto.
        search_context_size (SearchQualityLevel | Unset): How much context to retrieve per result. Applies to Exa,
            Parallel, and Perplexity engines; ignored with native provider search and Firecrawl. For Exa, pins a fixed per-
            result character cap (low=5,000, medium=15,000, high=30,000); when omitted, Exa picks an adaptive size per query
            and document (typically ~2,000–4,000 characters per result). For Parallel, controls the total characters across
            all results; when omitted, Parallel uses its own default size. For Perplexity, maps directly to the Search API's
            native search_context_size parameter. Overridden by `max_characters` when both are set. Example: medium.
        user_location (WebSearchUserLocationServerTool | Unset): Approximate user location for location-biased results.
            Example: {'city': 'San Francisco', 'country': 'US', 'region': 'California', 'timezone': 'America/Los_Angeles',
            'type': 'approximate'}.
    """

    allowed_domains: list[str] | Unset = UNSET
    engine: WebSearchEngineEnum | Unset = UNSET
    excluded_domains: list[str] | Unset = UNSET
    max_characters: int | Unset = UNSET
    max_results: int | Unset = UNSET
    max_total_results: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    mode: WebSearchMode | Unset = UNSET
    search_context_size: SearchQualityLevel | Unset = UNSET
    user_location: WebSearchUserLocationServerTool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "allowed_domains",
        ("engine", check_web_search_engine_enum),
        "excluded_domains",
        "max_characters",
        "max_results",
        "max_total_results",
        "max_uses",
        ("mode", check_web_search_mode),
        ("search_context_size", check_search_quality_level),
        ("user_location", _model_field(WebSearchUserLocationServerTool)),
    )
