from typing import Literal

from ..types import check_enum

BaseMessagesResultRole = Literal["assistant"] | str

BASE_MESSAGES_RESULT_ROLE_VALUES: set[BaseMessagesResultRole] = {
    "assistant",
}


def check_base_messages_result_role(value: str) -> BaseMessagesResultRole:
    return check_enum(value, BASE_MESSAGES_RESULT_ROLE_VALUES, "BaseMessagesResultRole")
