from typing import Literal

AnthropicWebFetchToolResultErrorType = Literal["web_fetch_tool_result_error"]

ANTHROPIC_WEB_FETCH_TOOL_RESULT_ERROR_TYPE_VALUES: set[
    AnthropicWebFetchToolResultErrorType
] = {
    "web_fetch_tool_result_error",
}


def check_anthropic_web_fetch_tool_result_error_type(
    value: str,
) -> AnthropicWebFetchToolResultErrorType:
    if value in ANTHROPIC_WEB_FETCH_TOOL_RESULT_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_WEB_FETCH_TOOL_RESULT_ERROR_TYPE_VALUES!r}"
    )
