from typing import Literal

from ..types import check_enum

AnthropicToolSearchResultErrorType = Literal["tool_search_tool_result_error"] | str

ANTHROPIC_TOOL_SEARCH_RESULT_ERROR_TYPE_VALUES: set[AnthropicToolSearchResultErrorType] = {
    "tool_search_tool_result_error",
}


def check_anthropic_tool_search_result_error_type(value: str) -> AnthropicToolSearchResultErrorType:
    return check_enum(value, ANTHROPIC_TOOL_SEARCH_RESULT_ERROR_TYPE_VALUES, "AnthropicToolSearchResultErrorType")
