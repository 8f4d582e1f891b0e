from typing import Literal

from ..types import check_enum

AnthropicWebFetchToolResultErrorErrorCode = (
    Literal[
        "invalid_tool_input",
        "max_uses_exceeded",
        "too_many_requests",
        "unavailable",
        "unsupported_content_type",
        "url_not_accessible",
        "url_not_allowed",
        "url_too_long",
    ]
    | str
)

ANTHROPIC_WEB_FETCH_TOOL_RESULT_ERROR_ERROR_CODE_VALUES: set[AnthropicWebFetchToolResultErrorErrorCode] = {
    "invalid_tool_input",
    "max_uses_exceeded",
    "too_many_requests",
    "unavailable",
    "unsupported_content_type",
    "url_not_accessible",
    "url_not_allowed",
    "url_too_long",
}


def check_anthropic_web_fetch_tool_result_error_error_code(value: str) -> AnthropicWebFetchToolResultErrorErrorCode:
    return check_enum(
        value, ANTHROPIC_WEB_FETCH_TOOL_RESULT_ERROR_ERROR_CODE_VALUES, "AnthropicWebFetchToolResultErrorErrorCode"
    )
