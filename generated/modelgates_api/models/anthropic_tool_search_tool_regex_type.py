from typing import Literal

from ..types import check_enum

AnthropicToolSearchToolRegexType = Literal["tool_search_tool_regex", "tool_search_tool_regex_20251119"] | str

ANTHROPIC_TOOL_SEARCH_TOOL_REGEX_TYPE_VALUES: set[AnthropicToolSearchToolRegexType] = {
    "tool_search_tool_regex",
    "tool_search_tool_regex_20251119",
}


def check_anthropic_tool_search_tool_regex_type(value: str) -> AnthropicToolSearchToolRegexType:
    return check_enum(value, ANTHROPIC_TOOL_SEARCH_TOOL_REGEX_TYPE_VALUES, "AnthropicToolSearchToolRegexType")
