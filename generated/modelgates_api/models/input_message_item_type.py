from typing import Literal

from ..types import check_enum

InputMessageItemType = Literal["message"] | str

INPUT_MESSAGE_ITEM_TYPE_VALUES: set[InputMessageItemType] = {
    "message",
}


def check_input_message_item_type(value: str) -> InputMessageItemType:
    return check_enum(value, INPUT_MESSAGE_ITEM_TYPE_VALUES, "InputMessageItemType")
