from typing import Literal

InputMessageItemContentType0ItemType1Type = Literal["input_image"]

INPUT_MESSAGE_ITEM_CONTENT_TYPE_0_ITEM_TYPE_1_TYPE_VALUES: set[
    InputMessageItemContentType0ItemType1Type
] = {
    "input_image",
}


def check_input_message_item_content_type_0_item_type_1_type(
    value: str,
) -> InputMessageItemContentType0ItemType1Type:
    if value in INPUT_MESSAGE_ITEM_CONTENT_TYPE_0_ITEM_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_ITEM_CONTENT_TYPE_0_ITEM_TYPE_1_TYPE_VALUES!r}"
    )
