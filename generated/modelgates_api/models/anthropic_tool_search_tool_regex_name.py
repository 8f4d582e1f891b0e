from typing import Literal

from ..types import check_enum

AnthropicToolSearchToolRegexName = Literal["tool_search_tool_regex"] | str

ANTHROPIC_TOOL_SEARCH_TOOL_REGEX_NAME_VALUES: set[AnthropicToolSearchToolRegexName] = {
    "tool_search_tool_regex",
}


def check_anthropic_tool_search_tool_regex_name(value: str) -> AnthropicToolSearchToolRegexName:
    return check_enum(value, ANTHROPIC_TOOL_SEARCH_TOOL_REGEX_NAME_VALUES, "AnthropicToolSearchToolRegexName")
