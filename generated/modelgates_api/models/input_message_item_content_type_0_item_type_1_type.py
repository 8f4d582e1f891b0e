from typing import Literal

from ..types import check_enum

InputMessageItemContentType0ItemType1Type = Literal["input_image"] | str

INPUT_MESSAGE_ITEM_CONTENT_TYPE_0_ITEM_TYPE_1_TYPE_VALUES: set[InputMessageItemContentType0ItemType1Type] = {
    "input_image",
}


def check_input_message_item_content_type_0_item_type_1_type(value: str) -> InputMessageItemContentType0ItemType1Type:
    return check_enum(
        value, INPUT_MESSAGE_ITEM_CONTENT_TYPE_0_ITEM_TYPE_1_TYPE_VALUES, "InputMessageItemContentType0ItemType1Type"
    )
