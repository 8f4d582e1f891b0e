from typing import Literal

MessagesMessageParamContentType1ItemType7Type = Literal["server_tool_use"]

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_7_TYPE_VALUES: set[
    MessagesMessageParamContentType1ItemType7Type
] = {
    "server_tool_use",
}


def check_messages_message_param_content_type_1_item_type_7_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType7Type:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_7_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_7_TYPE_VALUES!r}"
    )
