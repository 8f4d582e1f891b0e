from typing import Literal

from ..types import check_enum

ChatSystemMessageRole = Literal["system"] | str

CHAT_SYSTEM_MESSAGE_ROLE_VALUES: set[ChatSystemMessageRole] = {
    "system",
}


def check_chat_system_message_role(value: str) -> ChatSystemMessageRole:
    return check_enum(value, CHAT_SYSTEM_MESSAGE_ROLE_VALUES, "ChatSystemMessageRole")
