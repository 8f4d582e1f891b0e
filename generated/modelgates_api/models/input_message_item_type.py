from typing import Literal

InputMessageItemType = Literal["message"]

INPUT_MESSAGE_ITEM_TYPE_VALUES: set[InputMessageItemType] = {
    "message",
}


def check_input_message_item_type(value: str) -> InputMessageItemType:
    if value in INPUT_MESSAGE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_ITEM_TYPE_VALUES!r}"
    )
