from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_allowed_callers_item import AnthropicAllowedCallersItem, check_anthropic_allowed_callers_item
from ..models.messages_request_tools_item_type_5_name import (
    MessagesRequestToolsItemType5Name,
    check_messages_request_tools_item_type_5_name,
)
from ..models.messages_request_tools_item_type_5_type import (
    MessagesRequestToolsItemType5Type,
    check_messages_request_tools_item_type_5_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )


@_attrs_define(repr=False, eq=False)
class MessagesRequestToolsItemType5(_ModelBase):
    """
    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    model: str
    name: MessagesRequestToolsItemType5Name
    type_: MessagesRequestToolsItemType5Type
    allowed_callers: list[AnthropicAllowedCallersItem] | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    caching: AnthropicCacheControlDirective | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "model",
        ("name", check_messages_request_tools_item_type_5_name),
        ("type", check_messages_request_tools_item_type_5_type, "type_"),
    )
    _optional_ = (
        ("allowed_callers", _list_field(check_anthropic_allowed_callers_item)),
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        (
            "caching",
            _union_field(
                (("AnthropicCacheControlDirective", AnthropicCacheControlDirective),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "defer_loading",
        "max_uses",
    )
