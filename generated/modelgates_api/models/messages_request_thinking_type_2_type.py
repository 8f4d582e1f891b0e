from typing import Literal

from ..types import check_enum

MessagesRequestThinkingType2Type = Literal["adaptive"] | str

MESSAGES_REQUEST_THINKING_TYPE_2_TYPE_VALUES: set[MessagesRequestThinkingType2Type] = {
    "adaptive",
}


def check_messages_request_thinking_type_2_type(value: str) -> MessagesRequestThinkingType2Type:
    return check_enum(value, MESSAGES_REQUEST_THINKING_TYPE_2_TYPE_VALUES, "MessagesRequestThinkingType2Type")
