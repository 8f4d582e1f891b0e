from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_allowed_callers_item import AnthropicAllowedCallersItem, check_anthropic_allowed_callers_item
from ..models.anthropic_tool_search_tool_bm_25_name import (
    AnthropicToolSearchToolBm25Name,
    check_anthropic_tool_search_tool_bm_25_name,
)
from ..models.anthropic_tool_search_tool_bm_25_type import (
    AnthropicToolSearchToolBm25Type,
    check_anthropic_tool_search_tool_bm_25_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )


@_attrs_define(repr=False, eq=False)
class AnthropicToolSearchToolBm25(_ModelBase):
    """
    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    name: AnthropicToolSearchToolBm25Name
    type_: AnthropicToolSearchToolBm25Type
    allowed_callers: list[AnthropicAllowedCallersItem] | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("name", check_anthropic_tool_search_tool_bm_25_name),
        ("type", check_anthropic_tool_search_tool_bm_25_type, "type_"),
    )
    _optional_ = (
        ("allowed_callers", _list_field(check_anthropic_allowed_callers_item)),
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        "defer_loading",
        "strict",
    )
