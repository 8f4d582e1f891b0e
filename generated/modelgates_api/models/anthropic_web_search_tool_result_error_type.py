from typing import Literal

from ..types import check_enum

AnthropicWebSearchToolResultErrorType = Literal["web_search_tool_result_error"] | str

ANTHROPIC_WEB_SEARCH_TOOL_RESULT_ERROR_TYPE_VALUES: set[AnthropicWebSearchToolResultErrorType] = {
    "web_search_tool_result_error",
}


def check_anthropic_web_search_tool_result_error_type(value: str) -> AnthropicWebSearchToolResultErrorType:
    return check_enum(
        value, ANTHROPIC_WEB_SEARCH_TOOL_RESULT_ERROR_TYPE_VALUES, "AnthropicWebSearchToolResultErrorType"
    )
