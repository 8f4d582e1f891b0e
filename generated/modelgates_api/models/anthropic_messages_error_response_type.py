from typing import Literal

from ..types import check_enum

AnthropicMessagesErrorResponseType = Literal["error"] | str

ANTHROPIC_MESSAGES_ERROR_RESPONSE_TYPE_VALUES: set[AnthropicMessagesErrorResponseType] = {
    "error",
}


def check_anthropic_messages_error_response_type(value: str) -> AnthropicMessagesErrorResponseType:
    return check_enum(value, ANTHROPIC_MESSAGES_ERROR_RESPONSE_TYPE_VALUES, "AnthropicMessagesErrorResponseType")
