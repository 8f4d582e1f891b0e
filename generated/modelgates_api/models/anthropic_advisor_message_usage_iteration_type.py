from typing import Literal

AnthropicAdvisorMessageUsageIterationType = Literal["advisor_message"]

ANTHROPIC_ADVISOR_MESSAGE_USAGE_ITERATION_TYPE_VALUES: set[
    AnthropicAdvisorMessageUsageIterationType
] = {
    "advisor_message",
}


def check_anthropic_advisor_message_usage_iteration_type(
    value: str,
) -> AnthropicAdvisorMessageUsageIterationType:
    if value in ANTHROPIC_ADVISOR_MESSAGE_USAGE_ITERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_ADVISOR_MESSAGE_USAGE_ITERATION_TYPE_VALUES!r}"
    )
