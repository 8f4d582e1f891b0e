from typing import Literal

from ..types import check_enum

AnthropicWebFetchToolResultErrorType = Literal["web_fetch_tool_result_error"] | str

ANTHROPIC_WEB_FETCH_TOOL_RESULT_ERROR_TYPE_VALUES: set[AnthropicWebFetchToolResultErrorType] = {
    "web_fetch_tool_result_error",
}


def check_anthropic_web_fetch_tool_result_error_type(value: str) -> AnthropicWebFetchToolResultErrorType:
    return check_enum(value, ANTHROPIC_WEB_FETCH_TOOL_RESULT_ERROR_TYPE_VALUES, "AnthropicWebFetchToolResultErrorType")
