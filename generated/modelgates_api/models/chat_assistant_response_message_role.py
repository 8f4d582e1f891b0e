from typing import Literal

from ..types import check_enum

ChatAssistantResponseMessageRole = Literal["assistant"] | str

CHAT_ASSISTANT_RESPONSE_MESSAGE_ROLE_VALUES: set[ChatAssistantResponseMessageRole] = {
    "assistant",
}


def check_chat_assistant_response_message_role(value: str) -> ChatAssistantResponseMessageRole:
    return check_enum(value, CHAT_ASSISTANT_RESPONSE_MESSAGE_ROLE_VALUES, "ChatAssistantResponseMessageRole")
