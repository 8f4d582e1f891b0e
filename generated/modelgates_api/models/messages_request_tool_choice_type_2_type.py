from typing import Literal

MessagesRequestToolChoiceType2Type = Literal["none"]

MESSAGES_REQUEST_TOOL_CHOICE_TYPE_2_TYPE_VALUES: set[
    MessagesRequestToolChoiceType2Type
] = {
    "none",
}


def check_messages_request_tool_choice_type_2_type(
    value: str,
) -> MessagesRequestToolChoiceType2Type:
    if value in MESSAGES_REQUEST_TOOL_CHOICE_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOL_CHOICE_TYPE_2_TYPE_VALUES!r}"
    )
