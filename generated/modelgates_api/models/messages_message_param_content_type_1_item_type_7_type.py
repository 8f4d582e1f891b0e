from typing import Literal

from ..types import check_enum

MessagesMessageParamContentType1ItemType7Type = Literal["server_tool_use"] | str

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_7_TYPE_VALUES: set[MessagesMessageParamContentType1ItemType7Type] = {
    "server_tool_use",
}


def check_messages_message_param_content_type_1_item_type_7_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType7Type:
    return check_enum(
        value,
        MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_7_TYPE_VALUES,
        "MessagesMessageParamContentType1ItemType7Type",
    )
