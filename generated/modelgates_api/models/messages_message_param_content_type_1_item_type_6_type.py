from typing import Literal

MessagesMessageParamContentType1ItemType6Type = Literal["redacted_thinking"]

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_6_TYPE_VALUES: set[
    MessagesMessageParamContentType1ItemType6Type
] = {
    "redacted_thinking",
}


def check_messages_message_param_content_type_1_item_type_6_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType6Type:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_6_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_6_TYPE_VALUES!r}"
    )
