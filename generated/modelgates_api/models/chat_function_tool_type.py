from typing import Literal

from ..types import check_enum

ChatFunctionToolType = Literal["function"] | str

CHAT_FUNCTION_TOOL_TYPE_VALUES: set[ChatFunctionToolType] = {
    "function",
}


def check_chat_function_tool_type(value: str) -> ChatFunctionToolType:
    return check_enum(value, CHAT_FUNCTION_TOOL_TYPE_VALUES, "ChatFunctionToolType")
