from typing import Literal

MessagesMessageParamContentType1ItemType5Type = Literal["thinking"]

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_5_TYPE_VALUES: set[
    MessagesMessageParamContentType1ItemType5Type
] = {
    "thinking",
}


def check_messages_message_param_content_type_1_item_type_5_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType5Type:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_5_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_5_TYPE_VALUES!r}"
    )
