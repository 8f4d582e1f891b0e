from typing import Literal

MessagesRequestThinkingType1Type = Literal["disabled"]

MESSAGES_REQUEST_THINKING_TYPE_1_TYPE_VALUES: set[MessagesRequestThinkingType1Type] = {
    "disabled",
}


def check_messages_request_thinking_type_1_type(
    value: str,
) -> MessagesRequestThinkingType1Type:
    if value in MESSAGES_REQUEST_THINKING_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_THINKING_TYPE_1_TYPE_VALUES!r}"
    )
