from typing import Literal

from ..types import check_enum

MessagesMessageParamContentType1ItemType3Type = Literal["tool_use"] | str

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_3_TYPE_VALUES: set[MessagesMessageParamContentType1ItemType3Type] = {
    "tool_use",
}


def check_messages_message_param_content_type_1_item_type_3_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType3Type:
    return check_enum(
        value,
        MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_3_TYPE_VALUES,
        "MessagesMessageParamContentType1ItemType3Type",
    )
