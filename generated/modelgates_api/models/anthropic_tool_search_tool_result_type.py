from typing import Literal

from ..types import check_enum

AnthropicToolSearchToolResultType = Literal["tool_search_tool_result"] | str

ANTHROPIC_TOOL_SEARCH_TOOL_RESULT_TYPE_VALUES: set[AnthropicToolSearchToolResultType] = {
    "tool_search_tool_result",
}


def check_anthropic_tool_search_tool_result_type(value: str) -> AnthropicToolSearchToolResultType:
    return check_enum(value, ANTHROPIC_TOOL_SEARCH_TOOL_RESULT_TYPE_VALUES, "AnthropicToolSearchToolResultType")
