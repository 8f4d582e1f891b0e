from typing import Literal

MessagesRequestToolChoiceType1Type = Literal["any"]

MESSAGES_REQUEST_TOOL_CHOICE_TYPE_1_TYPE_VALUES: set[
    MessagesRequestToolChoiceType1Type
] = {
    "any",
}


def check_messages_request_tool_choice_type_1_type(
    value: str,
) -> MessagesRequestToolChoiceType1Type:
    if value in MESSAGES_REQUEST_TOOL_CHOICE_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOL_CHOICE_TYPE_1_TYPE_VALUES!r}"
    )
