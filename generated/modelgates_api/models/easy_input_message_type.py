from typing import Literal

from ..types import check_enum

EasyInputMessageType = Literal["message"] | str

EASY_INPUT_MESSAGE_TYPE_VALUES: set[EasyInputMessageType] = {
    "message",
}


def check_easy_input_message_type(value: str) -> EasyInputMessageType:
    return check_enum(value, EASY_INPUT_MESSAGE_TYPE_VALUES, "EasyInputMessageType")
