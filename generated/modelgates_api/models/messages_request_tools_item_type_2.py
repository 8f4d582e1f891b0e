from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_request_tools_item_type_2_name import (
    MessagesRequestToolsItemType2Name,
    check_messages_request_tools_item_type_2_name,
)
from ..models.messages_request_tools_item_type_2_type import (
    MessagesRequestToolsItemType2Type,
    check_messages_request_tools_item_type_2_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )


@_attrs_define(repr=False, eq=False)
class MessagesRequestToolsItemType2(_ModelBase):
    """
    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    name: MessagesRequestToolsItemType2Name
    type_: MessagesRequestToolsItemType2Type
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("name", check_messages_request_tools_item_type_2_name),
        ("type", check_messages_request_tools_item_type_2_type, "type_"),
    )
    _optional_ = (("cache_control", _model_field(AnthropicCacheControlDirective)),)
