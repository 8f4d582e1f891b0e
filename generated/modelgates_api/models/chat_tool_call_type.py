from typing import Literal

from ..types import check_enum

ChatToolCallType = Literal["function"] | str

CHAT_TOOL_CALL_TYPE_VALUES: set[ChatToolCallType] = {
    "function",
}


def check_chat_tool_call_type(value: str) -> ChatToolCallType:
    return check_enum(value, CHAT_TOOL_CALL_TYPE_VALUES, "ChatToolCallType")
