from typing import Literal

from ..types import check_enum

OutputMessageItemRole = Literal["assistant"] | str

OUTPUT_MESSAGE_ITEM_ROLE_VALUES: set[OutputMessageItemRole] = {
    "assistant",
}


def check_output_message_item_role(value: str) -> OutputMessageItemRole:
    return check_enum(value, OUTPUT_MESSAGE_ITEM_ROLE_VALUES, "OutputMessageItemRole")
