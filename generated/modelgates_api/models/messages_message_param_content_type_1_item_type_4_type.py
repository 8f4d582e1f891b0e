from typing import Literal

from ..types import check_enum

MessagesMessageParamContentType1ItemType4Type = Literal["tool_result"] | str

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_4_TYPE_VALUES: set[MessagesMessageParamContentType1ItemType4Type] = {
    "tool_result",
}


def check_messages_message_param_content_type_1_item_type_4_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType4Type:
    return check_enum(
        value,
        MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_4_TYPE_VALUES,
        "MessagesMessageParamContentType1ItemType4Type",
    )
