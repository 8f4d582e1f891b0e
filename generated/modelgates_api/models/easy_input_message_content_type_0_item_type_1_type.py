from typing import Literal

EasyInputMessageContentType0ItemType1Type = Literal["input_image"]

EASY_INPUT_MESSAGE_CONTENT_TYPE_0_ITEM_TYPE_1_TYPE_VALUES: set[
    EasyInputMessageContentType0ItemType1Type
] = {
    "input_image",
}


def check_easy_input_message_content_type_0_item_type_1_type(
    value: str,
) -> EasyInputMessageContentType0ItemType1Type:
    if value in EASY_INPUT_MESSAGE_CONTENT_TYPE_0_ITEM_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EASY_INPUT_MESSAGE_CONTENT_TYPE_0_ITEM_TYPE_1_TYPE_VALUES!r}"
    )
