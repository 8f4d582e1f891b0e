from typing import Literal

from ..types import check_enum

MessagesRequestThinkingType0Type = Literal["enabled"] | str

MESSAGES_REQUEST_THINKING_TYPE_0_TYPE_VALUES: set[MessagesRequestThinkingType0Type] = {
    "enabled",
}


def check_messages_request_thinking_type_0_type(value: str) -> MessagesRequestThinkingType0Type:
    return check_enum(value, MESSAGES_REQUEST_THINKING_TYPE_0_TYPE_VALUES, "MessagesRequestThinkingType0Type")
