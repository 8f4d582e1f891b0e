from typing import Literal

from ..types import check_enum

MessagesMessageParamContentType1ItemType5Type = Literal["thinking"] | str

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_5_TYPE_VALUES: set[MessagesMessageParamContentType1ItemType5Type] = {
    "thinking",
}


def check_messages_message_param_content_type_1_item_type_5_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType5Type:
    return check_enum(
        value,
        MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_5_TYPE_VALUES,
        "MessagesMessageParamContentType1ItemType5Type",
    )
