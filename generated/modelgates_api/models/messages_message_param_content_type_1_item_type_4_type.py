from typing import Literal

MessagesMessageParamContentType1ItemType4Type = Literal["tool_result"]

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_4_TYPE_VALUES: set[
    MessagesMessageParamContentType1ItemType4Type
] = {
    "tool_result",
}


def check_messages_message_param_content_type_1_item_type_4_type(
    value: str,
) -> MessagesMessageParamContentType1ItemType4Type:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_4_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_4_TYPE_VALUES!r}"
    )
