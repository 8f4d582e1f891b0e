from typing import Literal

from ..types import check_enum

ChatToolMessageRole = Literal["tool"] | str

CHAT_TOOL_MESSAGE_ROLE_VALUES: set[ChatToolMessageRole] = {
    "tool",
}


def check_chat_tool_message_role(value: str) -> ChatToolMessageRole:
    return check_enum(value, CHAT_TOOL_MESSAGE_ROLE_VALUES, "ChatToolMessageRole")
