from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.messages_message_param_content_type_1_item_type_8_type import (
    MessagesMessageParamContentType1ItemType8Type,
    check_messages_message_param_content_type_1_item_type_8_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_web_search_result_block_param import (
        AnthropicWebSearchResultBlockParam,
    )
    from ..models.messages_message_param_content_type_1_item_type_8_content_type_1 import (
        MessagesMessageParamContentType1ItemType8ContentType1,
    )


T = TypeVar("T", bound="MessagesMessageParamContentType1ItemType8")


@_attrs_define
class MessagesMessageParamContentType1ItemType8:
    """
    Attributes:
        content (list[AnthropicWebSearchResultBlockParam] | MessagesMessageParamContentType1ItemType8ContentType1):
        tool_use_id (str):
        type_ (MessagesMessageParamContentType1ItemType8Type):
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    content: (
        list[AnthropicWebSearchResultBlockParam]
        | MessagesMessageParamContentType1ItemType8ContentType1
    )
    tool_use_id: str
    type_: MessagesMessageParamContentType1ItemType8Type
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)

        else:
            content = self.content.to_dict()

        tool_use_id = self.tool_use_id

        type_: str = self.type_

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "tool_use_id": tool_use_id,
                "type": type_,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anthropic_cache_control_directive import (
            AnthropicCacheControlDirective,
        )
        from ..models.anthropic_web_search_result_block_param import (
            AnthropicWebSearchResultBlockParam,
        )
        from ..models.messages_message_param_content_type_1_item_type_8_content_type_1 import (
            MessagesMessageParamContentType1ItemType8ContentType1,
        )

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> (
            list[AnthropicWebSearchResultBlockParam]
            | MessagesMessageParamContentType1ItemType8ContentType1
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:
                    content_type_0_item = AnthropicWebSearchResultBlockParam.from_dict(
                        content_type_0_item_data
                    )

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            content_type_1 = (
                MessagesMessageParamContentType1ItemType8ContentType1.from_dict(data)
            )

            return content_type_1

        content = _parse_content(d.pop("content"))

        tool_use_id = d.pop("tool_use_id")

        type_ = check_messages_message_param_content_type_1_item_type_8_type(
            d.pop("type")
        )

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        messages_message_param_content_type_1_item_type_8 = cls(
            content=content,
            tool_use_id=tool_use_id,
            type_=type_,
            cache_control=cache_control,
        )

        messages_message_param_content_type_1_item_type_8.additional_properties = d
        return messages_message_param_content_type_1_item_type_8

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
