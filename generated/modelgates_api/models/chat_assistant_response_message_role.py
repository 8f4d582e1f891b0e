from typing import Literal

ChatAssistantResponseMessageRole = Literal["assistant"]

CHAT_ASSISTANT_RESPONSE_MESSAGE_ROLE_VALUES: set[ChatAssistantResponseMessageRole] = {
    "assistant",
}


def check_chat_assistant_response_message_role(
    value: str,
) -> ChatAssistantResponseMessageRole:
    if value in CHAT_ASSISTANT_RESPONSE_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_ASSISTANT_RESPONSE_MESSAGE_ROLE_VALUES!r}"
    )
