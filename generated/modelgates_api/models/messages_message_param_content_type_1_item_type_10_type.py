from typing import Literal

from ..types import check_enum

MessagesMessageParamContentType1ItemType10Type = Literal["compaction"] | str

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_10_TYPE_VALUES: set[MessagesMessageParamContentType1ItemType10Type] = {
    "compaction",
}


def check_messages_message_param_content_type_1_item_type_10_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType10Type:
    return check_enum(
        value,
        MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_10_TYPE_VALUES,
        "MessagesMessageParamContentType1ItemType10Type",
    )
