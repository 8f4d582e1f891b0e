from typing import Literal

from ..types import check_enum

AnthropicToolSearchResultType = Literal["tool_search_tool_search_result"] | str

ANTHROPIC_TOOL_SEARCH_RESULT_TYPE_VALUES: set[AnthropicToolSearchResultType] = {
    "tool_search_tool_search_result",
}


def check_anthropic_tool_search_result_type(value: str) -> AnthropicToolSearchResultType:
    return check_enum(value, ANTHROPIC_TOOL_SEARCH_RESULT_TYPE_VALUES, "AnthropicToolSearchResultType")
