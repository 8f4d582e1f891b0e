from typing import Literal

from ..types import check_enum

MessagesMessageParamContentType1ItemType8ContentType1Type = Literal["web_search_tool_result_error"] | str

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_8_CONTENT_TYPE_1_TYPE_VALUES: set[
    MessagesMessageParamContentType1ItemType8ContentType1Type
] = {
    "web_search_tool_result_error",
}


def check_messages_message_param_content_type_1_item_type_8_content_type_1_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType8ContentType1Type:
    return check_enum(
        value,
        MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_8_CONTENT_TYPE_1_TYPE_VALUES,
        "MessagesMessageParamContentType1ItemType8ContentType1Type",
    )
