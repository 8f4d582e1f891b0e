from typing import Literal

from ..types import check_enum

AnthropicAdvisorToolResultType = Literal["advisor_tool_result"] | str

ANTHROPIC_ADVISOR_TOOL_RESULT_TYPE_VALUES: set[AnthropicAdvisorToolResultType] = {
    "advisor_tool_result",
}


def check_anthropic_advisor_tool_result_type(value: str) -> AnthropicAdvisorToolResultType:
    return check_enum(value, ANTHROPIC_ADVISOR_TOOL_RESULT_TYPE_VALUES, "AnthropicAdvisorToolResultType")
