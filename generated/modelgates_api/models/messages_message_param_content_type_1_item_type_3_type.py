from typing import Literal

MessagesMessageParamContentType1ItemType3Type = Literal["tool_use"]

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_3_TYPE_VALUES: set[
    MessagesMessageParamContentType1ItemType3Type
] = {
    "tool_use",
}


def check_messages_message_param_content_type_1_item_type_3_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType3Type:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_3_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_3_TYPE_VALUES!r}"
    )
