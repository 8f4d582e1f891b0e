from typing import Literal

from ..types import check_enum

AnthropicWebSearchResultType = Literal["web_search_result"] | str

ANTHROPIC_WEB_SEARCH_RESULT_TYPE_VALUES: set[AnthropicWebSearchResultType] = {
    "web_search_result",
}


def check_anthropic_web_search_result_type(value: str) -> AnthropicWebSearchResultType:
    return check_enum(value, ANTHROPIC_WEB_SEARCH_RESULT_TYPE_VALUES, "AnthropicWebSearchResultType")
