from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_request_tools_item_type_3_name import (
    MessagesRequestToolsItemType3Name,
    check_messages_request_tools_item_type_3_name,
)
from ..models.messages_request_tools_item_type_3_type import (
    MessagesRequestToolsItemType3Type,
    check_messages_request_tools_item_type_3_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_web_search_tool_user_location import AnthropicWebSearchToolUserLocation
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicWebSearchToolUserLocation = _LazyModel(
        globals(), "anthropic_web_search_tool_user_location", "AnthropicWebSearchToolUserLocation"
    )


@_attrs_define(repr=False, eq=False)
class MessagesRequestToolsItemType3(_ModelBase):
    """
    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    name: MessagesRequestToolsItemType3Name
    type_: MessagesRequestToolsItemType3Type
    allowed_domains: list[str] | None | Unset = UNSET
    blocked_domains: list[str] | None | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    max_uses: int | None | Unset = UNSET
    user_location: AnthropicWebSearchToolUserLocation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("name", check_messages_request_tools_item_type_3_name),
        ("type", check_messages_request_tools_item_type_3_type, "type_"),
    )
    _optional_ = (
        ("allowed_domains", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        ("blocked_domains", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        (
            "max_uses",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "user_location",
            _union_field(
                (("AnthropicWebSearchToolUserLocation", AnthropicWebSearchToolUserLocation),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
