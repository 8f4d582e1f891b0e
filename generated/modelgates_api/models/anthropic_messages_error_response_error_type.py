from typing import Literal

AnthropicMessagesErrorResponseErrorType = Literal[
    "api_error",
    "authentication_error",
    "billing_error",
    "invalid_request_error",
    "not_found_error",
    "overloaded_error",
    "permission_error",
    "rate_limit_error",
    "timeout_error",
]

ANTHROPIC_MESSAGES_ERROR_RESPONSE_ERROR_TYPE_VALUES: set[
    AnthropicMessagesErrorResponseErrorType
] = {
    "api_error",
    "authentication_error",
    "billing_error",
    "invalid_request_error",
    "not_found_error",
    "overloaded_error",
    "permission_error",
    "rate_limit_error",
    "timeout_error",
}


def check_anthropic_messages_error_response_error_type(
    value: str,
) -> AnthropicMessagesErrorResponseErrorType:
    if value in ANTHROPIC_MESSAGES_ERROR_RESPONSE_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_MESSAGES_ERROR_RESPONSE_ERROR_TYPE_VALUES!r}"
    )
