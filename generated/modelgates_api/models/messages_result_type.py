from typing import Literal

from ..types import check_enum

MessagesResultType = Literal["message"] | str

MESSAGES_RESULT_TYPE_VALUES: set[MessagesResultType] = {
    "message",
}


def check_messages_result_type(value: str) -> MessagesResultType:
    return check_enum(value, MESSAGES_RESULT_TYPE_VALUES, "MessagesResultType")
