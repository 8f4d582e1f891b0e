from typing import Literal

from ..types import check_enum

AnthropicToolSearchToolBm25Name = Literal["tool_search_tool_bm25"] | str

ANTHROPIC_TOOL_SEARCH_TOOL_BM_25_NAME_VALUES: set[AnthropicToolSearchToolBm25Name] = {
    "tool_search_tool_bm25",
}


def check_anthropic_tool_search_tool_bm_25_name(value: str) -> AnthropicToolSearchToolBm25Name:
    return check_enum(value, ANTHROPIC_TOOL_SEARCH_TOOL_BM_25_NAME_VALUES, "AnthropicToolSearchToolBm25Name")
