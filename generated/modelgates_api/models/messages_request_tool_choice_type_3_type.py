from typing import Literal

MessagesRequestToolChoiceType3Type = Literal["tool"]

MESSAGES_REQUEST_TOOL_CHOICE_TYPE_3_TYPE_VALUES: set[
    MessagesRequestToolChoiceType3Type
] = {
    "tool",
}


def check_messages_request_tool_choice_type_3_type(
    value: str,
) -> MessagesRequestToolChoiceType3Type:
    if value in MESSAGES_REQUEST_TOOL_CHOICE_TYPE_3_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOL_CHOICE_TYPE_3_TYPE_VALUES!r}"
    )
