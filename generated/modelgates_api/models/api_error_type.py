from typing import Literal

from ..types import check_enum

ApiErrorType = (
    Literal[
        "authentication",
        "content_policy_violation",
        "context_length_exceeded",
        "image_download_failed",
        "image_not_found",
        "image_too_large",
        "image_too_small",
        "invalid_image",
        "invalid_prompt",
        "invalid_request",
        "max_tokens_exceeded",
        "not_found",
        "payload_too_large",
        "payment_required",
        "permission_denied",
        "precondition_failed",
        "provider_overloaded",
        "provider_unavailable",
        "rate_limit_exceeded",
        "refusal",
        "server",
        "string_too_long",
        "timeout",
        "token_limit_exceeded",
        "unmapped",
        "unprocessable",
        "unsupported_image_format",
    ]
    | str
)

API_ERROR_TYPE_VALUES: set[ApiErrorType] = {
    "authentication",
    "content_policy_violation",
    "context_length_exceeded",
    "image_download_failed",
    "image_not_found",
    "image_too_large",
    "image_too_small",
    "invalid_image",
    "invalid_prompt",
    "invalid_request",
    "max_tokens_exceeded",
    "not_found",
    "payload_too_large",
    "payment_required",
    "permission_denied",
    "precondition_failed",
    "provider_overloaded",
    "provider_unavailable",
    "rate_limit_exceeded",
    "refusal",
    "server",
    "string_too_long",
    "timeout",
    "token_limit_exceeded",
    "unmapped",
    "unprocessable",
    "unsupported_image_format",
}


def check_api_error_type(value: str) -> ApiErrorType:
    return check_enum(value, API_ERROR_TYPE_VALUES, "ApiErrorType")
