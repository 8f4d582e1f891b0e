from typing import Literal

ChatUserMessageRole = Literal["user"]

CHAT_USER_MESSAGE_ROLE_VALUES: set[ChatUserMessageRole] = {
    "user",
}


def check_chat_user_message_role(value: str) -> ChatUserMessageRole:
    if value in CHAT_USER_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_USER_MESSAGE_ROLE_VALUES!r}"
    )
