from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_message_param_content_type_1_item_type_4_type import (
    MessagesMessageParamContentType1ItemType4Type,
    check_messages_message_param_content_type_1_item_type_4_type,
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
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_search_result_block_param import AnthropicSearchResultBlockParam
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2 import (
        MessagesMessageParamContentType1ItemType4ContentType1ItemType2,
    )
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicDocumentBlockParam = _LazyModel(globals(), "anthropic_document_block_param", "AnthropicDocumentBlockParam")
    AnthropicImageBlockParam = _LazyModel(globals(), "anthropic_image_block_param", "AnthropicImageBlockParam")
    AnthropicSearchResultBlockParam = _LazyModel(
        globals(), "anthropic_search_result_block_param", "AnthropicSearchResultBlockParam"
    )
    AnthropicTextBlockParam = _LazyModel(globals(), "anthropic_text_block_param", "AnthropicTextBlockParam")
    MessagesMessageParamContentType1ItemType4ContentType1ItemType2 = _LazyModel(
        globals(),
        "messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2",
        "MessagesMessageParamContentType1ItemType4ContentType1ItemType2",
    )


@_attrs_define(repr=False, eq=False)
class MessagesMessageParamContentType1ItemType4(_ModelBase):
    """
    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    tool_use_id: str
    type_: MessagesMessageParamContentType1ItemType4Type
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    content: (
        list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicSearchResultBlockParam
            | AnthropicTextBlockParam
            | MessagesMessageParamContentType1ItemType4ContentType1ItemType2
        ]
        | str
        | Unset
    ) = UNSET
    is_error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "tool_use_id",
        ("type", check_messages_message_param_content_type_1_item_type_4_type, "type_"),
    )
    _optional_ = (
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        (
            "content",
            _union_field(
                (
                    (
                        "list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam | AnthropicTextBlockParam | MessagesMessageParamContentType1ItemType4ContentType1ItemType2]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("AnthropicTextBlockParam", AnthropicTextBlockParam),
                                        ("AnthropicImageBlockParam", AnthropicImageBlockParam),
                                        (
                                            "MessagesMessageParamContentType1ItemType4ContentType1ItemType2",
                                            MessagesMessageParamContentType1ItemType4ContentType1ItemType2,
                                        ),
                                        ("AnthropicSearchResultBlockParam", AnthropicSearchResultBlockParam),
                                        ("AnthropicDocumentBlockParam", AnthropicDocumentBlockParam),
                                    ),
                                    tag=(
                                        "type",
                                        (
                                            "text",
                                            "image",
                                            "tool_reference",
                                            "search_result",
                                            "document",
                                        ),
                                    ),
                                )
                            ),
                        ),
                    ),
                ),
                plain=(str,),
            ),
        ),
        "is_error",
    )
