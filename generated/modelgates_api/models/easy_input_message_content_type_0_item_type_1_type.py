from typing import Literal

from ..types import check_enum

EasyInputMessageContentType0ItemType1Type = Literal["input_image"] | str

EASY_INPUT_MESSAGE_CONTENT_TYPE_0_ITEM_TYPE_1_TYPE_VALUES: set[EasyInputMessageContentType0ItemType1Type] = {
    "input_image",
}


def check_easy_input_message_content_type_0_item_type_1_type(value: str) -> EasyInputMessageContentType0ItemType1Type:
    return check_enum(
        value, EASY_INPUT_MESSAGE_CONTENT_TYPE_0_ITEM_TYPE_1_TYPE_VALUES, "EasyInputMessageContentType0ItemType1Type"
    )
