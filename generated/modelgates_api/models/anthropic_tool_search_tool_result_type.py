from typing import Literal

AnthropicToolSearchToolResultType = Literal["tool_search_tool_result"]

ANTHROPIC_TOOL_SEARCH_TOOL_RESULT_TYPE_VALUES: set[
    AnthropicToolSearchToolResultType
] = {
    "tool_search_tool_result",
}


def check_anthropic_tool_search_tool_result_type(
    value: str,
) -> AnthropicToolSearchToolResultType:
    if value in ANTHROPIC_TOOL_SEARCH_TOOL_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TOOL_SEARCH_TOOL_RESULT_TYPE_VALUES!r}"
    )
