from typing import Literal

from ..types import check_enum

AnthropicAdvisorMessageUsageIterationType = Literal["advisor_message"] | str

ANTHROPIC_ADVISOR_MESSAGE_USAGE_ITERATION_TYPE_VALUES: set[AnthropicAdvisorMessageUsageIterationType] = {
    "advisor_message",
}


def check_anthropic_advisor_message_usage_iteration_type(value: str) -> AnthropicAdvisorMessageUsageIterationType:
    return check_enum(
        value, ANTHROPIC_ADVISOR_MESSAGE_USAGE_ITERATION_TYPE_VALUES, "AnthropicAdvisorMessageUsageIterationType"
    )
