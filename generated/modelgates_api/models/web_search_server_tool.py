from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_context_size_enum import SearchContextSizeEnum, check_search_context_size_enum
from ..models.web_search_engine_enum import WebSearchEngineEnum, check_web_search_engine_enum
from ..models.web_search_mode import WebSearchMode, check_web_search_mode
from ..models.web_search_server_tool_type import WebSearchServerToolType, check_web_search_server_tool_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.web_search_domain_filter import WebSearchDomainFilter
    from ..models.web_search_user_location import WebSearchUserLocation


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

    _json_fields_ = (
        ("type_", "type"),
        "engine",
        "filters",
        "max_results",
        "max_uses",
        "mode",
        "search_context_size",
        "user_location",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_web_search_server_tool_type(d.pop("type"))

            _at_field_ = "engine"
            _engine = d.pop("engine", UNSET)
            engine: WebSearchEngineEnum | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = check_web_search_engine_enum(_engine)

            _at_field_ = "filters"
            filters = d.pop("filters", UNSET)
            if not isinstance(filters, (_NoneType, Unset)):
                filters = _parse_union(
                    filters,
                    (("WebSearchDomainFilter", WebSearchDomainFilter),),
                    plain=(_NoneType,),
                )

            _at_field_ = "max_results"
            max_results = d.pop("max_results", UNSET)

            _at_field_ = "max_uses"
            max_uses = d.pop("max_uses", UNSET)

            _at_field_ = "mode"
            _mode = d.pop("mode", UNSET)
            mode: WebSearchMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = check_web_search_mode(_mode)

            _at_field_ = "search_context_size"
            _search_context_size = d.pop("search_context_size", UNSET)
            search_context_size: SearchContextSizeEnum | Unset
            if isinstance(_search_context_size, Unset):
                search_context_size = UNSET
            else:
                search_context_size = check_search_context_size_enum(_search_context_size)

            _at_field_ = "user_location"
            user_location = d.pop("user_location", UNSET)
            if not isinstance(user_location, (_NoneType, Unset)):
                user_location = _parse_union(
                    user_location,
                    (("WebSearchUserLocation", WebSearchUserLocation),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        web_search_server_tool = cls(
            type_=type_,
            engine=engine,
            filters=filters,
            max_results=max_results,
            max_uses=max_uses,
            mode=mode,
            search_context_size=search_context_size,
            user_location=user_location,
        )

        web_search_server_tool.additional_properties = d
        return web_search_server_tool


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    WebSearchDomainFilter = _LazyModel(
        globals(), "modelgates_api.models.web_search_domain_filter", "WebSearchDomainFilter"
    )
    WebSearchUserLocation = _LazyModel(
        globals(), "modelgates_api.models.web_search_user_location", "WebSearchUserLocation"
    )
