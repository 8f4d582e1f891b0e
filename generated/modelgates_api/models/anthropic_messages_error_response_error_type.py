from typing import Literal

from ..types import check_enum

AnthropicMessagesErrorResponseErrorType = (
    Literal[
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
    | str
)

ANTHROPIC_MESSAGES_ERROR_RESPONSE_ERROR_TYPE_VALUES: set[AnthropicMessagesErrorResponseErrorType] = {
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


def check_anthropic_messages_error_response_error_type(value: str) -> AnthropicMessagesErrorResponseErrorType:
    return check_enum(
        value, ANTHROPIC_MESSAGES_ERROR_RESPONSE_ERROR_TYPE_VALUES, "AnthropicMessagesErrorResponseErrorType"
    )
