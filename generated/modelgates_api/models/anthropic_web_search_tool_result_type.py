from typing import Literal

AnthropicWebSearchToolResultType = Literal["web_search_tool_result"]

ANTHROPIC_WEB_SEARCH_TOOL_RESULT_TYPE_VALUES: set[AnthropicWebSearchToolResultType] = {
    "web_search_tool_result",
}


def check_anthropic_web_search_tool_result_type(
    value: str,
) -> AnthropicWebSearchToolResultType:
    if value in ANTHROPIC_WEB_SEARCH_TOOL_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_WEB_SEARCH_TOOL_RESULT_TYPE_VALUES!r}"
    )
