from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_role import MessagesMessageParamRole, check_messages_message_param_role
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

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

    _json_fields_ = (
        "content",
        "role",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = d.pop("content")

            def _content_member_1(
                data: object,
            ) -> list[
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
            ]:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for _content_type_1_item_data_index, content_type_1_item_data in enumerate(_as_list(_content_type_1)):
                    try:
                        content_type_1_item = content_type_1_item_data
                        content_type_1_item = _parse_union(
                            content_type_1_item,
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

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _content_type_1_item_data_index)
                    content_type_1.append(content_type_1_item)

                return content_type_1

            content = _parse_union(
                content,
                (
                    (
                        "list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam | AnthropicTextBlockParam | MessagesAdvisorToolResultBlock | MessagesBashToolResultBlock | MessagesMessageParamContentType1ItemType10 | MessagesMessageParamContentType1ItemType3 | MessagesMessageParamContentType1ItemType4 | MessagesMessageParamContentType1ItemType5 | MessagesMessageParamContentType1ItemType6 | MessagesMessageParamContentType1ItemType7 | MessagesMessageParamContentType1ItemType8 | MessagesShellToolResultBlock | MessagesToolAdditionBlock | MessagesToolRemovalBlock]",
                        _content_member_1,
                    ),
                ),
                plain=(str,),
            )

            _at_field_ = "role"
            role = check_messages_message_param_role(d.pop("role"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_message_param = cls(
            content=content,
            role=role,
        )

        messages_message_param.additional_properties = d
        return messages_message_param


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
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
    MessagesAdvisorToolResultBlock = _LazyModel(
        globals(), "modelgates_api.models.messages_advisor_tool_result_block", "MessagesAdvisorToolResultBlock"
    )
    MessagesBashToolResultBlock = _LazyModel(
        globals(), "modelgates_api.models.messages_bash_tool_result_block", "MessagesBashToolResultBlock"
    )
    MessagesMessageParamContentType1ItemType10 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_message_param_content_type_1_item_type_10",
        "MessagesMessageParamContentType1ItemType10",
    )
    MessagesMessageParamContentType1ItemType3 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_message_param_content_type_1_item_type_3",
        "MessagesMessageParamContentType1ItemType3",
    )
    MessagesMessageParamContentType1ItemType4 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_message_param_content_type_1_item_type_4",
        "MessagesMessageParamContentType1ItemType4",
    )
    MessagesMessageParamContentType1ItemType5 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_message_param_content_type_1_item_type_5",
        "MessagesMessageParamContentType1ItemType5",
    )
    MessagesMessageParamContentType1ItemType6 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_message_param_content_type_1_item_type_6",
        "MessagesMessageParamContentType1ItemType6",
    )
    MessagesMessageParamContentType1ItemType7 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_message_param_content_type_1_item_type_7",
        "MessagesMessageParamContentType1ItemType7",
    )
    MessagesMessageParamContentType1ItemType8 = _LazyModel(
        globals(),
        "modelgates_api.models.messages_message_param_content_type_1_item_type_8",
        "MessagesMessageParamContentType1ItemType8",
    )
    MessagesShellToolResultBlock = _LazyModel(
        globals(), "modelgates_api.models.messages_shell_tool_result_block", "MessagesShellToolResultBlock"
    )
    MessagesToolAdditionBlock = _LazyModel(
        globals(), "modelgates_api.models.messages_tool_addition_block", "MessagesToolAdditionBlock"
    )
    MessagesToolRemovalBlock = _LazyModel(
        globals(), "modelgates_api.models.messages_tool_removal_block", "MessagesToolRemovalBlock"
    )
