from typing import Literal

AnthropicWebSearchToolResultErrorType = Literal["web_search_tool_result_error"]

ANTHROPIC_WEB_SEARCH_TOOL_RESULT_ERROR_TYPE_VALUES: set[
    AnthropicWebSearchToolResultErrorType
] = {
    "web_search_tool_result_error",
}


def check_anthropic_web_search_tool_result_error_type(
    value: str,
) -> AnthropicWebSearchToolResultErrorType:
    if value in ANTHROPIC_WEB_SEARCH_TOOL_RESULT_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_WEB_SEARCH_TOOL_RESULT_ERROR_TYPE_VALUES!r}"
    )
