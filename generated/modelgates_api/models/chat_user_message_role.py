from typing import Literal

from ..types import check_enum

ChatUserMessageRole = Literal["user"] | str

CHAT_USER_MESSAGE_ROLE_VALUES: set[ChatUserMessageRole] = {
    "user",
}


def check_chat_user_message_role(value: str) -> ChatUserMessageRole:
    return check_enum(value, CHAT_USER_MESSAGE_ROLE_VALUES, "ChatUserMessageRole")
