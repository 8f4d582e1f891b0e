from typing import Literal

from ..types import check_enum

MessagesAdvisorToolResultBlockType = Literal["advisor_tool_result"] | str

MESSAGES_ADVISOR_TOOL_RESULT_BLOCK_TYPE_VALUES: set[MessagesAdvisorToolResultBlockType] = {
    "advisor_tool_result",
}


def check_messages_advisor_tool_result_block_type(value: str) -> MessagesAdvisorToolResultBlockType:
    return check_enum(value, MESSAGES_ADVISOR_TOOL_RESULT_BLOCK_TYPE_VALUES, "MessagesAdvisorToolResultBlockType")
