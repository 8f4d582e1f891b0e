from typing import Literal

AnthropicMessagesErrorResponseType = Literal["error"]

ANTHROPIC_MESSAGES_ERROR_RESPONSE_TYPE_VALUES: set[
    AnthropicMessagesErrorResponseType
] = {
    "error",
}


def check_anthropic_messages_error_response_type(
    value: str,
) -> AnthropicMessagesErrorResponseType:
    if value in ANTHROPIC_MESSAGES_ERROR_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_MESSAGES_ERROR_RESPONSE_TYPE_VALUES!r}"
    )
