from typing import Literal

from ..types import check_enum

AnthropicMessageUsageIterationType = Literal["message"] | str

ANTHROPIC_MESSAGE_USAGE_ITERATION_TYPE_VALUES: set[AnthropicMessageUsageIterationType] = {
    "message",
}


def check_anthropic_message_usage_iteration_type(value: str) -> AnthropicMessageUsageIterationType:
    return check_enum(value, ANTHROPIC_MESSAGE_USAGE_ITERATION_TYPE_VALUES, "AnthropicMessageUsageIterationType")
