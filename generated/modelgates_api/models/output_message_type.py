from typing import Literal

from ..types import check_enum

OutputMessageType = Literal["message"] | str

OUTPUT_MESSAGE_TYPE_VALUES: set[OutputMessageType] = {
    "message",
}


def check_output_message_type(value: str) -> OutputMessageType:
    return check_enum(value, OUTPUT_MESSAGE_TYPE_VALUES, "OutputMessageType")
