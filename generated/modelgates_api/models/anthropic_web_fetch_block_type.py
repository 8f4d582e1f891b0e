from typing import Literal

from ..types import check_enum

AnthropicWebFetchBlockType = Literal["web_fetch_result"] | str

ANTHROPIC_WEB_FETCH_BLOCK_TYPE_VALUES: set[AnthropicWebFetchBlockType] = {
    "web_fetch_result",
}


def check_anthropic_web_fetch_block_type(value: str) -> AnthropicWebFetchBlockType:
    return check_enum(value, ANTHROPIC_WEB_FETCH_BLOCK_TYPE_VALUES, "AnthropicWebFetchBlockType")
