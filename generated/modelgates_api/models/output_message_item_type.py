from typing import Literal

OutputMessageItemType = Literal["message"]

OUTPUT_MESSAGE_ITEM_TYPE_VALUES: set[OutputMessageItemType] = {
    "message",
}


def check_output_message_item_type(value: str) -> OutputMessageItemType:
    if value in OUTPUT_MESSAGE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_ITEM_TYPE_VALUES!r}"
    )
