from typing import Literal

from ..types import check_enum

MessagesRequestToolChoiceType1Type = Literal["any"] | str

MESSAGES_REQUEST_TOOL_CHOICE_TYPE_1_TYPE_VALUES: set[MessagesRequestToolChoiceType1Type] = {
    "any",
}


def check_messages_request_tool_choice_type_1_type(value: str) -> MessagesRequestToolChoiceType1Type:
    return check_enum(value, MESSAGES_REQUEST_TOOL_CHOICE_TYPE_1_TYPE_VALUES, "MessagesRequestToolChoiceType1Type")
