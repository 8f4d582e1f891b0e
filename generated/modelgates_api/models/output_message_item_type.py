from typing import Literal

from ..types import check_enum

OutputMessageItemType = Literal["message"] | str

OUTPUT_MESSAGE_ITEM_TYPE_VALUES: set[OutputMessageItemType] = {
    "message",
}


def check_output_message_item_type(value: str) -> OutputMessageItemType:
    return check_enum(value, OUTPUT_MESSAGE_ITEM_TYPE_VALUES, "OutputMessageItemType")
