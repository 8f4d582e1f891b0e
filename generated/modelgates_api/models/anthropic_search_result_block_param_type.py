from typing import Literal

from ..types import check_enum

AnthropicSearchResultBlockParamType = Literal["search_result"] | str

ANTHROPIC_SEARCH_RESULT_BLOCK_PARAM_TYPE_VALUES: set[AnthropicSearchResultBlockParamType] = {
    "search_result",
}


def check_anthropic_search_result_block_param_type(value: str) -> AnthropicSearchResultBlockParamType:
    return check_enum(value, ANTHROPIC_SEARCH_RESULT_BLOCK_PARAM_TYPE_VALUES, "AnthropicSearchResultBlockParamType")
