from typing import Literal

from ..types import check_enum

ChatDeveloperMessageRole = Literal["developer"] | str

CHAT_DEVELOPER_MESSAGE_ROLE_VALUES: set[ChatDeveloperMessageRole] = {
    "developer",
}


def check_chat_developer_message_role(value: str) -> ChatDeveloperMessageRole:
    return check_enum(value, CHAT_DEVELOPER_MESSAGE_ROLE_VALUES, "ChatDeveloperMessageRole")
