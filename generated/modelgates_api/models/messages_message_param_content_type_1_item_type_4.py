from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_content_type_1_item_type_4_type import (
    MessagesMessageParamContentType1ItemType4Type,
    check_messages_message_param_content_type_1_item_type_4_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_search_result_block_param import AnthropicSearchResultBlockParam
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2 import (
        MessagesMessageParamContentType1ItemType4ContentType1ItemType2,
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

    _json_fields_ = (
        "tool_use_id",
        ("type_", "type"),
        "cache_control",
        "content",
        "is_error",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "tool_use_id"
            tool_use_id = d.pop("tool_use_id")

            _at_field_ = "type"
            type_ = check_messages_message_param_content_type_1_item_type_4_type(d.pop("type"))

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

            _at_field_ = "content"
            content = d.pop("content", UNSET)
            if not isinstance(content, (Unset,)):

                def _content_member_1(
                    data: object,
                ) -> list[
                    AnthropicDocumentBlockParam
                    | AnthropicImageBlockParam
                    | AnthropicSearchResultBlockParam
                    | AnthropicTextBlockParam
                    | MessagesMessageParamContentType1ItemType4ContentType1ItemType2
                ]:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_1 = []
                    _content_type_1 = data
                    for _content_type_1_item_data_index, content_type_1_item_data in enumerate(
                        _as_list(_content_type_1)
                    ):
                        try:
                            content_type_1_item = content_type_1_item_data
                            content_type_1_item = _parse_union(
                                content_type_1_item,
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

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _content_type_1_item_data_index)
                        content_type_1.append(content_type_1_item)

                    return content_type_1

                content = _parse_union(
                    content,
                    (
                        (
                            "list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam | AnthropicTextBlockParam | MessagesMessageParamContentType1ItemType4ContentType1ItemType2]",
                            _content_member_1,
                        ),
                    ),
                    plain=(str,),
                )

            _at_field_ = "is_error"
            is_error = d.pop("is_error", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_message_param_content_type_1_item_type_4 = cls(
            tool_use_id=tool_use_id,
            type_=type_,
            cache_control=cache_control,
            content=content,
            is_error=is_error,
        )

        messages_message_param_content_type_1_item_type_4.additional_properties = d
        return messages_message_param_content_type_1_item_type_4


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicDocumentBlockParam = _LazyModel(
        globals(), "modelgates_api.models.anthropic_document_block_param", "AnthropicDocumentBlockParam"
    )
    AnthropicImageBlockParam = _LazyModel(
        globals(), "modelgates_api.models.anthropic_image_block_param", "AnthropicImageBlockParam"
    )
    AnthropicSearchResultBlockParam = _LazyModel(
        globals(), "modelgates_api.models.anthropic_search_result_block_param", "AnthropicSearchResultBlockParam"
    )
    AnthropicTextBlockParam = _LazyModel(
        globals(), "modelgates_api.models.anthropic_text_block_param", "AnthropicTextBlockParam"
    )
    MessagesMessageParamContentType1ItemType4ContentType1ItemType2 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2",
        "MessagesMessageParamContentType1ItemType4ContentType1ItemType2",
    )
