from typing import Literal

from ..types import check_enum

AnthropicWebSearchToolResultType = Literal["web_search_tool_result"] | str

ANTHROPIC_WEB_SEARCH_TOOL_RESULT_TYPE_VALUES: set[AnthropicWebSearchToolResultType] = {
    "web_search_tool_result",
}


def check_anthropic_web_search_tool_result_type(value: str) -> AnthropicWebSearchToolResultType:
    return check_enum(value, ANTHROPIC_WEB_SEARCH_TOOL_RESULT_TYPE_VALUES, "AnthropicWebSearchToolResultType")
