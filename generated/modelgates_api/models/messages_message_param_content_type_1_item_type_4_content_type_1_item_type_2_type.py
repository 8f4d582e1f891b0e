from typing import Literal

from ..types import check_enum

MessagesMessageParamContentType1ItemType4ContentType1ItemType2Type = Literal["tool_reference"] | str

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_4_CONTENT_TYPE_1_ITEM_TYPE_2_TYPE_VALUES: set[
    MessagesMessageParamContentType1ItemType4ContentType1ItemType2Type
] = {
    "tool_reference",
}


def check_messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType4ContentType1ItemType2Type:
    return check_enum(
        value,
        MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_4_CONTENT_TYPE_1_ITEM_TYPE_2_TYPE_VALUES,
        "MessagesMessageParamContentType1ItemType4ContentType1ItemType2Type",
    )
