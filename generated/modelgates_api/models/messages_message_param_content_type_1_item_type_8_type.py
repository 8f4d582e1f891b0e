from typing import Literal

from ..types import check_enum

MessagesMessageParamContentType1ItemType8Type = Literal["web_search_tool_result"] | str

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_8_TYPE_VALUES: set[MessagesMessageParamContentType1ItemType8Type] = {
    "web_search_tool_result",
}


def check_messages_message_param_content_type_1_item_type_8_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType8Type:
    return check_enum(
        value,
        MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_8_TYPE_VALUES,
        "MessagesMessageParamContentType1ItemType8Type",
    )
