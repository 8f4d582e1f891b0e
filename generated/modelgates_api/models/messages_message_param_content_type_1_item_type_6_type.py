from typing import Literal

from ..types import check_enum

MessagesMessageParamContentType1ItemType6Type = Literal["redacted_thinking"] | str

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_6_TYPE_VALUES: set[MessagesMessageParamContentType1ItemType6Type] = {
    "redacted_thinking",
}


def check_messages_message_param_content_type_1_item_type_6_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType6Type:
    return check_enum(
        value,
        MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_6_TYPE_VALUES,
        "MessagesMessageParamContentType1ItemType6Type",
    )
