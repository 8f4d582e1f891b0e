from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_message_param_content_type_1_item_type_8_type import (
    MessagesMessageParamContentType1ItemType8Type,
    check_messages_message_param_content_type_1_item_type_8_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_web_search_result_block_param import AnthropicWebSearchResultBlockParam
    from ..models.messages_message_param_content_type_1_item_type_8_content_type_1 import (
        MessagesMessageParamContentType1ItemType8ContentType1,
    )
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicWebSearchResultBlockParam = _LazyModel(
        globals(), "anthropic_web_search_result_block_param", "AnthropicWebSearchResultBlockParam"
    )
    MessagesMessageParamContentType1ItemType8ContentType1 = _LazyModel(
        globals(),
        "messages_message_param_content_type_1_item_type_8_content_type_1",
        "MessagesMessageParamContentType1ItemType8ContentType1",
    )


@_attrs_define(repr=False, eq=False)
class MessagesMessageParamContentType1ItemType8(_ModelBase):
    """
    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    content: list[AnthropicWebSearchResultBlockParam] | MessagesMessageParamContentType1ItemType8ContentType1
    tool_use_id: str
    type_: MessagesMessageParamContentType1ItemType8Type
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content",
            _union_field(
                (
                    (
                        "list[AnthropicWebSearchResultBlockParam]",
                        _guarded((list,), _list_field(_model_field(AnthropicWebSearchResultBlockParam))),
                    ),
                    (
                        "MessagesMessageParamContentType1ItemType8ContentType1",
                        MessagesMessageParamContentType1ItemType8ContentType1,
                    ),
                )
            ),
        ),
        "tool_use_id",
        ("type", check_messages_message_param_content_type_1_item_type_8_type, "type_"),
    )
    _optional_ = (("cache_control", _model_field(AnthropicCacheControlDirective)),)
