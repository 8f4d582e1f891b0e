from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_request_tools_item_type_0_type import (
    MessagesRequestToolsItemType0Type,
    check_messages_request_tools_item_type_0_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.messages_request_tools_item_type_0_input_schema import MessagesRequestToolsItemType0InputSchema
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    MessagesRequestToolsItemType0InputSchema = _LazyModel(
        globals(), "messages_request_tools_item_type_0_input_schema", "MessagesRequestToolsItemType0InputSchema"
    )


@_attrs_define(repr=False, eq=False)
class MessagesRequestToolsItemType0(_ModelBase):
    """
    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    input_schema: MessagesRequestToolsItemType0InputSchema
    name: str
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    description: str | Unset = UNSET
    type_: MessagesRequestToolsItemType0Type | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("input_schema", _model_field(MessagesRequestToolsItemType0InputSchema)),
        "name",
    )
    _optional_ = (
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        "defer_loading",
        "description",
        ("type", check_messages_request_tools_item_type_0_type, "type_"),
    )
