from typing import Literal

MessagesRequestThinkingType0Type = Literal["enabled"]

MESSAGES_REQUEST_THINKING_TYPE_0_TYPE_VALUES: set[MessagesRequestThinkingType0Type] = {
    "enabled",
}


def check_messages_request_thinking_type_0_type(
    value: str,
) -> MessagesRequestThinkingType0Type:
    if value in MESSAGES_REQUEST_THINKING_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_THINKING_TYPE_0_TYPE_VALUES!r}"
    )
