from typing import Literal

from ..types import check_enum

BaseMessagesResultType = Literal["message"] | str

BASE_MESSAGES_RESULT_TYPE_VALUES: set[BaseMessagesResultType] = {
    "message",
}


def check_base_messages_result_type(value: str) -> BaseMessagesResultType:
    return check_enum(value, BASE_MESSAGES_RESULT_TYPE_VALUES, "BaseMessagesResultType")
