from typing import Literal

from ..types import check_enum

MessagesRequestToolChoiceType2Type = Literal["none"] | str

MESSAGES_REQUEST_TOOL_CHOICE_TYPE_2_TYPE_VALUES: set[MessagesRequestToolChoiceType2Type] = {
    "none",
}


def check_messages_request_tool_choice_type_2_type(value: str) -> MessagesRequestToolChoiceType2Type:
    return check_enum(value, MESSAGES_REQUEST_TOOL_CHOICE_TYPE_2_TYPE_VALUES, "MessagesRequestToolChoiceType2Type")
