from typing import Literal

ChatToolChoiceMode = Literal["auto", "none", "required"]

CHAT_TOOL_CHOICE_MODE_VALUES: set[ChatToolChoiceMode] = {
    "auto",
    "none",
    "required",
}


def check_chat_tool_choice_mode(value: str) -> ChatToolChoiceMode:
    if value in CHAT_TOOL_CHOICE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_TOOL_CHOICE_MODE_VALUES!r}"
    )
