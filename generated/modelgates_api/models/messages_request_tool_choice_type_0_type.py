from typing import Literal

MessagesRequestToolChoiceType0Type = Literal["auto"]

MESSAGES_REQUEST_TOOL_CHOICE_TYPE_0_TYPE_VALUES: set[
    MessagesRequestToolChoiceType0Type
] = {
    "auto",
}


def check_messages_request_tool_choice_type_0_type(
    value: str,
) -> MessagesRequestToolChoiceType0Type:
    if value in MESSAGES_REQUEST_TOOL_CHOICE_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOL_CHOICE_TYPE_0_TYPE_VALUES!r}"
    )
