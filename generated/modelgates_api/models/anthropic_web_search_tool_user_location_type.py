from typing import Literal

from ..types import check_enum

AnthropicWebSearchToolUserLocationType = Literal["approximate"] | str

ANTHROPIC_WEB_SEARCH_TOOL_USER_LOCATION_TYPE_VALUES: set[AnthropicWebSearchToolUserLocationType] = {
    "approximate",
}


def check_anthropic_web_search_tool_user_location_type(value: str) -> AnthropicWebSearchToolUserLocationType:
    return check_enum(
        value, ANTHROPIC_WEB_SEARCH_TOOL_USER_LOCATION_TYPE_VALUES, "AnthropicWebSearchToolUserLocationType"
    )
