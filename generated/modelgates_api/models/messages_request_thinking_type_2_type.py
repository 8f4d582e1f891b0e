from typing import Literal

MessagesRequestThinkingType2Type = Literal["adaptive"]

MESSAGES_REQUEST_THINKING_TYPE_2_TYPE_VALUES: set[MessagesRequestThinkingType2Type] = {
    "adaptive",
}


def check_messages_request_thinking_type_2_type(
    value: str,
) -> MessagesRequestThinkingType2Type:
    if value in MESSAGES_REQUEST_THINKING_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_THINKING_TYPE_2_TYPE_VALUES!r}"
    )
