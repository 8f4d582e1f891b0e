from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.messages_message_param_role import (
    MessagesMessageParamRole,
    check_messages_message_param_role,
)

if TYPE_CHECKING:
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_search_result_block_param import (
        AnthropicSearchResultBlockParam,
    )
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.messages_advisor_tool_result_block import (
        MessagesAdvisorToolResultBlock,
    )
    from ..models.messages_bash_tool_result_block import MessagesBashToolResultBlock
    from ..models.messages_message_param_content_type_1_item_type_3 import (
        MessagesMessageParamContentType1ItemType3,
    )
    from ..models.messages_message_param_content_type_1_item_type_4 import (
        MessagesMessageParamContentType1ItemType4,
    )
    from ..models.messages_message_param_content_type_1_item_type_5 import (
        MessagesMessageParamContentType1ItemType5,
    )
    from ..models.messages_message_param_content_type_1_item_type_6 import (
        MessagesMessageParamContentType1ItemType6,
    )
    from ..models.messages_message_param_content_type_1_item_type_7 import (
        MessagesMessageParamContentType1ItemType7,
    )
    from ..models.messages_message_param_content_type_1_item_type_8 import (
        MessagesMessageParamContentType1ItemType8,
    )
    from ..models.messages_message_param_content_type_1_item_type_10 import (
        MessagesMessageParamContentType1ItemType10,
    )
    from ..models.messages_shell_tool_result_block import MessagesShellToolResultBlock
    from ..models.messages_tool_addition_block import MessagesToolAdditionBlock
    from ..models.messages_tool_removal_block import MessagesToolRemovalBlock


T = TypeVar("T", bound="MessagesMessageParam")


@_attrs_define
class MessagesMessageParam:
    """Anthropic message with OpenRouter extensions

    Example:
        {'content': 'Hello, how are you?', 'role': 'user'}

    Attributes:
        content (list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam |
            AnthropicTextBlockParam | MessagesAdvisorToolResultBlock | MessagesBashToolResultBlock |
            MessagesMessageParamContentType1ItemType10 | MessagesMessageParamContentType1ItemType3 |
            MessagesMessageParamContentType1ItemType4 | MessagesMessageParamContentType1ItemType5 |
            MessagesMessageParamContentType1ItemType6 | MessagesMessageParamContentType1ItemType7 |
            MessagesMessageParamContentType1ItemType8 | MessagesShellToolResultBlock | MessagesToolAdditionBlock |
            MessagesToolRemovalBlock] | str):
        role (MessagesMessageParamRole):
    """

    content: (
        list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicSearchResultBlockParam
            | AnthropicTextBlockParam
            | MessagesAdvisorToolResultBlock
            | MessagesBashToolResultBlock
            | MessagesMessageParamContentType1ItemType10
            | MessagesMessageParamContentType1ItemType3
            | MessagesMessageParamContentType1ItemType4
            | MessagesMessageParamContentType1ItemType5
            | MessagesMessageParamContentType1ItemType6
            | MessagesMessageParamContentType1ItemType7
            | MessagesMessageParamContentType1ItemType8
            | MessagesShellToolResultBlock
            | MessagesToolAdditionBlock
            | MessagesToolRemovalBlock
        ]
        | str
    )
    role: MessagesMessageParamRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
        from ..models.anthropic_image_block_param import AnthropicImageBlockParam
        from ..models.anthropic_search_result_block_param import (
            AnthropicSearchResultBlockParam,
        )
        from ..models.anthropic_text_block_param import AnthropicTextBlockParam
        from ..models.messages_advisor_tool_result_block import (
            MessagesAdvisorToolResultBlock,
        )
        from ..models.messages_message_param_content_type_1_item_type_3 import (
            MessagesMessageParamContentType1ItemType3,
        )
        from ..models.messages_message_param_content_type_1_item_type_4 import (
            MessagesMessageParamContentType1ItemType4,
        )
        from ..models.messages_message_param_content_type_1_item_type_5 import (
            MessagesMessageParamContentType1ItemType5,
        )
        from ..models.messages_message_param_content_type_1_item_type_6 import (
            MessagesMessageParamContentType1ItemType6,
        )
        from ..models.messages_message_param_content_type_1_item_type_7 import (
            MessagesMessageParamContentType1ItemType7,
        )
        from ..models.messages_message_param_content_type_1_item_type_8 import (
            MessagesMessageParamContentType1ItemType8,
        )
        from ..models.messages_message_param_content_type_1_item_type_10 import (
            MessagesMessageParamContentType1ItemType10,
        )
        from ..models.messages_shell_tool_result_block import (
            MessagesShellToolResultBlock,
        )
        from ..models.messages_tool_addition_block import MessagesToolAdditionBlock
        from ..models.messages_tool_removal_block import MessagesToolRemovalBlock

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if (
                    isinstance(content_type_1_item_data, AnthropicTextBlockParam)
                    or isinstance(content_type_1_item_data, AnthropicImageBlockParam)
                    or isinstance(content_type_1_item_data, AnthropicDocumentBlockParam)
                    or isinstance(
                        content_type_1_item_data,
                        MessagesMessageParamContentType1ItemType3,
                    )
                    or isinstance(
                        content_type_1_item_data,
                        MessagesMessageParamContentType1ItemType4,
                    )
                    or isinstance(
                        content_type_1_item_data,
                        MessagesMessageParamContentType1ItemType5,
                    )
                    or isinstance(
                        content_type_1_item_data,
                        MessagesMessageParamContentType1ItemType6,
                    )
                    or isinstance(
                        content_type_1_item_data,
                        MessagesMessageParamContentType1ItemType7,
                    )
                    or isinstance(
                        content_type_1_item_data,
                        MessagesMessageParamContentType1ItemType8,
                    )
                    or isinstance(
                        content_type_1_item_data, AnthropicSearchResultBlockParam
                    )
                    or isinstance(
                        content_type_1_item_data,
                        MessagesMessageParamContentType1ItemType10,
                    )
                    or isinstance(
                        content_type_1_item_data, MessagesAdvisorToolResultBlock
                    )
                    or isinstance(content_type_1_item_data, MessagesToolAdditionBlock)
                    or isinstance(content_type_1_item_data, MessagesToolRemovalBlock)
                    or isinstance(
                        content_type_1_item_data, MessagesShellToolResultBlock
                    )
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
        from ..models.anthropic_image_block_param import AnthropicImageBlockParam
        from ..models.anthropic_search_result_block_param import (
            AnthropicSearchResultBlockParam,
        )
        from ..models.anthropic_text_block_param import AnthropicTextBlockParam
        from ..models.messages_advisor_tool_result_block import (
            MessagesAdvisorToolResultBlock,
        )
        from ..models.messages_bash_tool_result_block import MessagesBashToolResultBlock
        from ..models.messages_message_param_content_type_1_item_type_3 import (
            MessagesMessageParamContentType1ItemType3,
        )
        from ..models.messages_message_param_content_type_1_item_type_4 import (
            MessagesMessageParamContentType1ItemType4,
        )
        from ..models.messages_message_param_content_type_1_item_type_5 import (
            MessagesMessageParamContentType1ItemType5,
        )
        from ..models.messages_message_param_content_type_1_item_type_6 import (
            MessagesMessageParamContentType1ItemType6,
        )
        from ..models.messages_message_param_content_type_1_item_type_7 import (
            MessagesMessageParamContentType1ItemType7,
        )
        from ..models.messages_message_param_content_type_1_item_type_8 import (
            MessagesMessageParamContentType1ItemType8,
        )
        from ..models.messages_message_param_content_type_1_item_type_10 import (
            MessagesMessageParamContentType1ItemType10,
        )
        from ..models.messages_shell_tool_result_block import (
            MessagesShellToolResultBlock,
        )
        from ..models.messages_tool_addition_block import MessagesToolAdditionBlock
        from ..models.messages_tool_removal_block import MessagesToolRemovalBlock

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> (
            list[
                AnthropicDocumentBlockParam
                | AnthropicImageBlockParam
                | AnthropicSearchResultBlockParam
                | AnthropicTextBlockParam
                | MessagesAdvisorToolResultBlock
                | MessagesBashToolResultBlock
                | MessagesMessageParamContentType1ItemType10
                | MessagesMessageParamContentType1ItemType3
                | MessagesMessageParamContentType1ItemType4
                | MessagesMessageParamContentType1ItemType5
                | MessagesMessageParamContentType1ItemType6
                | MessagesMessageParamContentType1ItemType7
                | MessagesMessageParamContentType1ItemType8
                | MessagesShellToolResultBlock
                | MessagesToolAdditionBlock
                | MessagesToolRemovalBlock
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        AnthropicDocumentBlockParam
                        | AnthropicImageBlockParam
                        | AnthropicSearchResultBlockParam
                        | AnthropicTextBlockParam
                        | MessagesAdvisorToolResultBlock
                        | MessagesBashToolResultBlock
                        | MessagesMessageParamContentType1ItemType10
                        | MessagesMessageParamContentType1ItemType3
                        | MessagesMessageParamContentType1ItemType4
                        | MessagesMessageParamContentType1ItemType5
                        | MessagesMessageParamContentType1ItemType6
                        | MessagesMessageParamContentType1ItemType7
                        | MessagesMessageParamContentType1ItemType8
                        | MessagesShellToolResultBlock
                        | MessagesToolAdditionBlock
                        | MessagesToolRemovalBlock
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_0 = (
                                AnthropicTextBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_1 = (
                                AnthropicImageBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_2 = (
                                AnthropicDocumentBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_3 = (
                                MessagesMessageParamContentType1ItemType3.from_dict(
                                    data
                                )
                            )

                            return content_type_1_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_4 = (
                                MessagesMessageParamContentType1ItemType4.from_dict(
                                    data
                                )
                            )

                            return content_type_1_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_5 = (
                                MessagesMessageParamContentType1ItemType5.from_dict(
                                    data
                                )
                            )

                            return content_type_1_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_6 = (
                                MessagesMessageParamContentType1ItemType6.from_dict(
                                    data
                                )
                            )

                            return content_type_1_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_7 = (
                                MessagesMessageParamContentType1ItemType7.from_dict(
                                    data
                                )
                            )

                            return content_type_1_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_8 = (
                                MessagesMessageParamContentType1ItemType8.from_dict(
                                    data
                                )
                            )

                            return content_type_1_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_9 = (
                                AnthropicSearchResultBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_10 = (
                                MessagesMessageParamContentType1ItemType10.from_dict(
                                    data
                                )
                            )

                            return content_type_1_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_11 = (
                                MessagesAdvisorToolResultBlock.from_dict(data)
                            )

                            return content_type_1_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_12 = (
                                MessagesToolAdditionBlock.from_dict(data)
                            )

                            return content_type_1_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_13 = (
                                MessagesToolRemovalBlock.from_dict(data)
                            )

                            return content_type_1_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_14 = (
                                MessagesShellToolResultBlock.from_dict(data)
                            )

                            return content_type_1_item_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_type_15 = (
                            MessagesBashToolResultBlock.from_dict(data)
                        )

                        return content_type_1_item_type_15

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    AnthropicDocumentBlockParam
                    | AnthropicImageBlockParam
                    | AnthropicSearchResultBlockParam
                    | AnthropicTextBlockParam
                    | MessagesAdvisorToolResultBlock
                    | MessagesBashToolResultBlock
                    | MessagesMessageParamContentType1ItemType10
                    | MessagesMessageParamContentType1ItemType3
                    | MessagesMessageParamContentType1ItemType4
                    | MessagesMessageParamContentType1ItemType5
                    | MessagesMessageParamContentType1ItemType6
                    | MessagesMessageParamContentType1ItemType7
                    | MessagesMessageParamContentType1ItemType8
                    | MessagesShellToolResultBlock
                    | MessagesToolAdditionBlock
                    | MessagesToolRemovalBlock
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        role = check_messages_message_param_role(d.pop("role"))

        messages_message_param = cls(
            content=content,
            role=role,
        )

        messages_message_param.additional_properties = d
        return messages_message_param

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
