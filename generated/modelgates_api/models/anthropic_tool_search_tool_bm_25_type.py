from typing import Literal

from ..types import check_enum

AnthropicToolSearchToolBm25Type = Literal["tool_search_tool_bm25", "tool_search_tool_bm25_20251119"] | str

ANTHROPIC_TOOL_SEARCH_TOOL_BM_25_TYPE_VALUES: set[AnthropicToolSearchToolBm25Type] = {
    "tool_search_tool_bm25",
    "tool_search_tool_bm25_20251119",
}


def check_anthropic_tool_search_tool_bm_25_type(value: str) -> AnthropicToolSearchToolBm25Type:
    return check_enum(value, ANTHROPIC_TOOL_SEARCH_TOOL_BM_25_TYPE_VALUES, "AnthropicToolSearchToolBm25Type")
