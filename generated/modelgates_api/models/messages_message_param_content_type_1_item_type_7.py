from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_message_param_content_type_1_item_type_7_type import (
    MessagesMessageParamContentType1ItemType7Type,
    check_messages_message_param_content_type_1_item_type_7_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )


@_attrs_define(repr=False, eq=False)
class MessagesMessageParamContentType1ItemType7(_ModelBase):
    """
    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    id: str
    name: str
    type_: MessagesMessageParamContentType1ItemType7Type
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    input_: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        "name",
        ("type", check_messages_message_param_content_type_1_item_type_7_type, "type_"),
    )
    _optional_ = (
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        ("input", None, "input_"),
    )
