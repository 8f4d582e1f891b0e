from typing import Literal

from ..types import check_enum

MessagesRequestToolChoiceType0Type = Literal["auto"] | str

MESSAGES_REQUEST_TOOL_CHOICE_TYPE_0_TYPE_VALUES: set[MessagesRequestToolChoiceType0Type] = {
    "auto",
}


def check_messages_request_tool_choice_type_0_type(value: str) -> MessagesRequestToolChoiceType0Type:
    return check_enum(value, MESSAGES_REQUEST_TOOL_CHOICE_TYPE_0_TYPE_VALUES, "MessagesRequestToolChoiceType0Type")
