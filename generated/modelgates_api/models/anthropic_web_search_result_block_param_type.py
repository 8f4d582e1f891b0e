from typing import Literal

from ..types import check_enum

AnthropicWebSearchResultBlockParamType = Literal["web_search_result"] | str

ANTHROPIC_WEB_SEARCH_RESULT_BLOCK_PARAM_TYPE_VALUES: set[AnthropicWebSearchResultBlockParamType] = {
    "web_search_result",
}


def check_anthropic_web_search_result_block_param_type(value: str) -> AnthropicWebSearchResultBlockParamType:
    return check_enum(
        value, ANTHROPIC_WEB_SEARCH_RESULT_BLOCK_PARAM_TYPE_VALUES, "AnthropicWebSearchResultBlockParamType"
    )
