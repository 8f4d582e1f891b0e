from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_message_param_role import MessagesMessageParamRole, check_messages_message_param_role
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_search_result_block_param import AnthropicSearchResultBlockParam
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.messages_advisor_tool_result_block import MessagesAdvisorToolResultBlock
    from ..models.messages_bash_tool_result_block import MessagesBashToolResultBlock
    from ..models.messages_message_param_content_type_1_item_type_3 import MessagesMessageParamContentType1ItemType3
    from ..models.messages_message_param_content_type_1_item_type_4 import MessagesMessageParamContentType1ItemType4
    from ..models.messages_message_param_content_type_1_item_type_5 import MessagesMessageParamContentType1ItemType5
    from ..models.messages_message_param_content_type_1_item_type_6 import MessagesMessageParamContentType1ItemType6
    from ..models.messages_message_param_content_type_1_item_type_7 import MessagesMessageParamContentType1ItemType7
    from ..models.messages_message_param_content_type_1_item_type_8 import MessagesMessageParamContentType1ItemType8
    from ..models.messages_message_param_content_type_1_item_type_10 import MessagesMessageParamContentType1ItemType10
    from ..models.messages_shell_tool_result_block import MessagesShellToolResultBlock
    from ..models.messages_tool_addition_block import MessagesToolAdditionBlock
    from ..models.messages_tool_removal_block import MessagesToolRemovalBlock
else:
    AnthropicDocumentBlockParam = _LazyModel(globals(), "anthropic_document_block_param", "AnthropicDocumentBlockParam")
    AnthropicImageBlockParam = _LazyModel(globals(), "anthropic_image_block_param", "AnthropicImageBlockParam")
    AnthropicSearchResultBlockParam = _LazyModel(
        globals(), "anthropic_search_result_block_param", "AnthropicSearchResultBlockParam"
    )
    AnthropicTextBlockParam = _LazyModel(globals(), "anthropic_text_block_param", "AnthropicTextBlockParam")
    MessagesAdvisorToolResultBlock = _LazyModel(
        globals(), "messages_advisor_tool_result_block", "MessagesAdvisorToolResultBlock"
    )
    MessagesBashToolResultBlock = _LazyModel(
        globals(), "messages_bash_tool_result_block", "MessagesBashToolResultBlock"
    )
    MessagesMessageParamContentType1ItemType10 = _LazyModel(
        globals(), "messages_message_param_content_type_1_item_type_10", "MessagesMessageParamContentType1ItemType10"
    )
    MessagesMessageParamContentType1ItemType3 = _LazyModel(
        globals(), "messages_message_param_content_type_1_item_type_3", "MessagesMessageParamContentType1ItemType3"
    )
    MessagesMessageParamContentType1ItemType4 = _LazyModel(
        globals(), "messages_message_param_content_type_1_item_type_4", "MessagesMessageParamContentType1ItemType4"
    )
    MessagesMessageParamContentType1ItemType5 = _LazyModel(
        globals(), "messages_message_param_content_type_1_item_type_5", "MessagesMessageParamContentType1ItemType5"
    )
    MessagesMessageParamContentType1ItemType6 = _LazyModel(
        globals(), "messages_message_param_content_type_1_item_type_6", "MessagesMessageParamContentType1ItemType6"
    )
    MessagesMessageParamContentType1ItemType7 = _LazyModel(
        globals(), "messages_message_param_content_type_1_item_type_7", "MessagesMessageParamContentType1ItemType7"
    )
    MessagesMessageParamContentType1ItemType8 = _LazyModel(
        globals(), "messages_message_param_content_type_1_item_type_8", "MessagesMessageParamContentType1ItemType8"
    )
    MessagesShellToolResultBlock = _LazyModel(
        globals(), "messages_shell_tool_result_block", "MessagesShellToolResultBlock"
    )
    MessagesToolAdditionBlock = _LazyModel(globals(), "messages_tool_addition_block", "MessagesToolAdditionBlock")
    MessagesToolRemovalBlock = _LazyModel(globals(), "messages_tool_removal_block", "MessagesToolRemovalBlock")


@_attrs_define(repr=False, eq=False)
class MessagesMessageParam(_ModelBase):
    """Anthropic message with OpenRouter extensions

    Example:
        {'content': 'Hello, how are you?', 'role': 'user'}

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

    _required_ = (
        (
            "content",
            _union_field(
                (
                    (
                        "list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam | AnthropicTextBlockParam | MessagesAdvisorToolResultBlock | MessagesBashToolResultBlock | MessagesMessageParamContentType1ItemType10 | MessagesMessageParamContentType1ItemType3 | MessagesMessageParamContentType1ItemType4 | MessagesMessageParamContentType1ItemType5 | MessagesMessageParamContentType1ItemType6 | MessagesMessageParamContentType1ItemType7 | MessagesMessageParamContentType1ItemType8 | MessagesShellToolResultBlock | MessagesToolAdditionBlock | MessagesToolRemovalBlock]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("AnthropicTextBlockParam", AnthropicTextBlockParam),
                                        ("AnthropicImageBlockParam", AnthropicImageBlockParam),
                                        ("AnthropicDocumentBlockParam", AnthropicDocumentBlockParam),
                                        (
                                            "MessagesMessageParamContentType1ItemType3",
                                            MessagesMessageParamContentType1ItemType3,
                                        ),
                                        (
                                            "MessagesMessageParamContentType1ItemType4",
                                            MessagesMessageParamContentType1ItemType4,
                                        ),
                                        (
                                            "MessagesMessageParamContentType1ItemType5",
                                            MessagesMessageParamContentType1ItemType5,
                                        ),
                                        (
                                            "MessagesMessageParamContentType1ItemType6",
                                            MessagesMessageParamContentType1ItemType6,
                                        ),
                                        (
                                            "MessagesMessageParamContentType1ItemType7",
                                            MessagesMessageParamContentType1ItemType7,
                                        ),
                                        (
                                            "MessagesMessageParamContentType1ItemType8",
                                            MessagesMessageParamContentType1ItemType8,
                                        ),
                                        ("AnthropicSearchResultBlockParam", AnthropicSearchResultBlockParam),
                                        (
                                            "MessagesMessageParamContentType1ItemType10",
                                            MessagesMessageParamContentType1ItemType10,
                                        ),
                                        ("MessagesAdvisorToolResultBlock", MessagesAdvisorToolResultBlock),
                                        ("MessagesToolAdditionBlock", MessagesToolAdditionBlock),
                                        ("MessagesToolRemovalBlock", MessagesToolRemovalBlock),
                                        ("MessagesShellToolResultBlock", MessagesShellToolResultBlock),
                                        ("MessagesBashToolResultBlock", MessagesBashToolResultBlock),
                                    ),
                                    tag=(
                                        "type",
                                        (
                                            "text",
                                            "image",
                                            "document",
                                            "tool_use",
                                            "tool_result",
                                            "thinking",
                                            "redacted_thinking",
                                            "server_tool_use",
                                            "web_search_tool_result",
                                            "search_result",
                                            "compaction",
                                            "advisor_tool_result",
                                            "tool_addition",
                                            "tool_removal",
                                            "openrouter_shell_tool_result",
                                            "openrouter_bash_tool_result",
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
        ("role", check_messages_message_param_role),
    )
