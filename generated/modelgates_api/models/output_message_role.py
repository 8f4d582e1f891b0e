from typing import Literal

from ..types import check_enum

OutputMessageRole = Literal["assistant"] | str

OUTPUT_MESSAGE_ROLE_VALUES: set[OutputMessageRole] = {
    "assistant",
}


def check_output_message_role(value: str) -> OutputMessageRole:
    return check_enum(value, OUTPUT_MESSAGE_ROLE_VALUES, "OutputMessageRole")
