from typing import Literal

from ..types import check_enum

MessagesRequestToolChoiceType3Type = Literal["tool"] | str

MESSAGES_REQUEST_TOOL_CHOICE_TYPE_3_TYPE_VALUES: set[MessagesRequestToolChoiceType3Type] = {
    "tool",
}


def check_messages_request_tool_choice_type_3_type(value: str) -> MessagesRequestToolChoiceType3Type:
    return check_enum(value, MESSAGES_REQUEST_TOOL_CHOICE_TYPE_3_TYPE_VALUES, "MessagesRequestToolChoiceType3Type")
