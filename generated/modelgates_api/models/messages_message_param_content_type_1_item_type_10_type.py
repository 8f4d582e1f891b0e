from typing import Literal

MessagesMessageParamContentType1ItemType10Type = Literal["compaction"]

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_10_TYPE_VALUES: set[
    MessagesMessageParamContentType1ItemType10Type
] = {
    "compaction",
}


def check_messages_message_param_content_type_1_item_type_10_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType10Type:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_10_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_10_TYPE_VALUES!r}"
    )
