from typing import Literal

from ..types import check_enum

ChatToolChoiceMode = Literal["auto", "none", "required"] | str

CHAT_TOOL_CHOICE_MODE_VALUES: set[ChatToolChoiceMode] = {
    "auto",
    "none",
    "required",
}


def check_chat_tool_choice_mode(value: str) -> ChatToolChoiceMode:
    return check_enum(value, CHAT_TOOL_CHOICE_MODE_VALUES, "ChatToolChoiceMode")
