from typing import Literal

from ..types import check_enum

MessagesRequestThinkingType1Type = Literal["disabled"] | str

MESSAGES_REQUEST_THINKING_TYPE_1_TYPE_VALUES: set[MessagesRequestThinkingType1Type] = {
    "disabled",
}


def check_messages_request_thinking_type_1_type(value: str) -> MessagesRequestThinkingType1Type:
    return check_enum(value, MESSAGES_REQUEST_THINKING_TYPE_1_TYPE_VALUES, "MessagesRequestThinkingType1Type")
