from typing import Literal

AnthropicWebSearchToolUserLocationType = Literal["approximate"]

ANTHROPIC_WEB_SEARCH_TOOL_USER_LOCATION_TYPE_VALUES: set[
    AnthropicWebSearchToolUserLocationType
] = {
    "approximate",
}


def check_anthropic_web_search_tool_user_location_type(
    value: str,
) -> AnthropicWebSearchToolUserLocationType:
    if value in ANTHROPIC_WEB_SEARCH_TOOL_USER_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_WEB_SEARCH_TOOL_USER_LOCATION_TYPE_VALUES!r}"
    )
