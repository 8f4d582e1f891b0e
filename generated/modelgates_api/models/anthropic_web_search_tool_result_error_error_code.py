from typing import Literal

from ..types import check_enum

AnthropicWebSearchToolResultErrorErrorCode = (
    Literal[
        "invalid_tool_input",
        "max_uses_exceeded",
        "query_too_long",
        "request_too_large",
        "too_many_requests",
        "unavailable",
    ]
    | str
)

ANTHROPIC_WEB_SEARCH_TOOL_RESULT_ERROR_ERROR_CODE_VALUES: set[AnthropicWebSearchToolResultErrorErrorCode] = {
    "invalid_tool_input",
    "max_uses_exceeded",
    "query_too_long",
    "request_too_large",
    "too_many_requests",
    "unavailable",
}


def check_anthropic_web_search_tool_result_error_error_code(value: str) -> AnthropicWebSearchToolResultErrorErrorCode:
    return check_enum(
        value, ANTHROPIC_WEB_SEARCH_TOOL_RESULT_ERROR_ERROR_CODE_VALUES, "AnthropicWebSearchToolResultErrorErrorCode"
    )
