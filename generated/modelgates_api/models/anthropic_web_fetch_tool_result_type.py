from typing import Literal

from ..types import check_enum

AnthropicWebFetchToolResultType = Literal["web_fetch_tool_result"] | str

ANTHROPIC_WEB_FETCH_TOOL_RESULT_TYPE_VALUES: set[AnthropicWebFetchToolResultType] = {
    "web_fetch_tool_result",
}


def check_anthropic_web_fetch_tool_result_type(value: str) -> AnthropicWebFetchToolResultType:
    return check_enum(value, ANTHROPIC_WEB_FETCH_TOOL_RESULT_TYPE_VALUES, "AnthropicWebFetchToolResultType")
