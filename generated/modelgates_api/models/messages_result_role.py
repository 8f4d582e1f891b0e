from typing import Literal

from ..types import check_enum

MessagesResultRole = Literal["assistant"] | str

MESSAGES_RESULT_ROLE_VALUES: set[MessagesResultRole] = {
    "assistant",
}


def check_messages_result_role(value: str) -> MessagesResultRole:
    return check_enum(value, MESSAGES_RESULT_ROLE_VALUES, "MessagesResultRole")
