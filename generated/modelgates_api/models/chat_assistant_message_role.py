from typing import Literal

from ..types import check_enum

ChatAssistantMessageRole = Literal["assistant"] | str

CHAT_ASSISTANT_MESSAGE_ROLE_VALUES: set[ChatAssistantMessageRole] = {
    "assistant",
}


def check_chat_assistant_message_role(value: str) -> ChatAssistantMessageRole:
    return check_enum(value, CHAT_ASSISTANT_MESSAGE_ROLE_VALUES, "ChatAssistantMessageRole")
