from typing import Literal

from ..types import check_enum

ChatNamedToolChoiceType = Literal["function"] | str

CHAT_NAMED_TOOL_CHOICE_TYPE_VALUES: set[ChatNamedToolChoiceType] = {
    "function",
}


def check_chat_named_tool_choice_type(value: str) -> ChatNamedToolChoiceType:
    return check_enum(value, CHAT_NAMED_TOOL_CHOICE_TYPE_VALUES, "ChatNamedToolChoiceType")
