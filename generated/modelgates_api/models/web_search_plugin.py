from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_engine import WebSearchEngine, check_web_search_engine
from ..models.web_search_mode import WebSearchMode, check_web_search_mode
from ..models.web_search_plugin_id import WebSearchPluginId, check_web_search_plugin_id
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.web_search_plugin_user_location_type_0 import WebSearchPluginUserLocationType0


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

    _json_fields_ = (
        "id",
        "enabled",
        "engine",
        "exclude_domains",
        "include_domains",
        "max_results",
        "max_uses",
        "mode",
        "search_prompt",
        "user_location",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_web_search_plugin_id(d.pop("id"))

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

            _at_field_ = "engine"
            _engine = d.pop("engine", UNSET)
            engine: WebSearchEngine | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = check_web_search_engine(_engine)

            _at_field_ = "exclude_domains"
            exclude_domains = cast(list[str], d.pop("exclude_domains", UNSET))

            _at_field_ = "include_domains"
            include_domains = cast(list[str], d.pop("include_domains", UNSET))

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

            _at_field_ = "search_prompt"
            search_prompt = d.pop("search_prompt", UNSET)

            _at_field_ = "user_location"
            user_location = d.pop("user_location", UNSET)
            if not isinstance(user_location, (_NoneType, Unset)):
                user_location = _parse_union(
                    user_location,
                    (("WebSearchPluginUserLocationType0", WebSearchPluginUserLocationType0),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        web_search_plugin = cls(
            id=id,
            enabled=enabled,
            engine=engine,
            exclude_domains=exclude_domains,
            include_domains=include_domains,
            max_results=max_results,
            max_uses=max_uses,
            mode=mode,
            search_prompt=search_prompt,
            user_location=user_location,
        )

        web_search_plugin.additional_properties = d
        return web_search_plugin


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    WebSearchPluginUserLocationType0 = _LazyModel(
        globals(), "modelgates_api.models.web_search_plugin_user_location_type_0", "WebSearchPluginUserLocationType0"
    )
