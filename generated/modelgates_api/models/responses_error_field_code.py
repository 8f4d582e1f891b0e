from typing import Literal

from ..types import check_enum

ResponsesErrorFieldCode = (
    Literal[
        "bio_policy",
        "data_residency_mismatch",
        "empty_image_file",
        "failed_to_download_image",
        "image_content_policy_violation",
        "image_file_not_found",
        "image_file_too_large",
        "image_parse_error",
        "image_too_large",
        "image_too_small",
        "invalid_base64_image",
        "invalid_image",
        "invalid_image_format",
        "invalid_image_mode",
        "invalid_image_url",
        "invalid_prompt",
        "rate_limit_exceeded",
        "server_error",
        "unsupported_image_media_type",
        "vector_store_timeout",
    ]
    | str
)

RESPONSES_ERROR_FIELD_CODE_VALUES: set[ResponsesErrorFieldCode] = {
    "bio_policy",
    "data_residency_mismatch",
    "empty_image_file",
    "failed_to_download_image",
    "image_content_policy_violation",
    "image_file_not_found",
    "image_file_too_large",
    "image_parse_error",
    "image_too_large",
    "image_too_small",
    "invalid_base64_image",
    "invalid_image",
    "invalid_image_format",
    "invalid_image_mode",
    "invalid_image_url",
    "invalid_prompt",
    "rate_limit_exceeded",
    "server_error",
    "unsupported_image_media_type",
    "vector_store_timeout",
}


def check_responses_error_field_code(value: str) -> ResponsesErrorFieldCode:
    return check_enum(value, RESPONSES_ERROR_FIELD_CODE_VALUES, "ResponsesErrorFieldCode")
