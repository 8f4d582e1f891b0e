from typing import Literal

from ..types import check_enum

AnthropicTextBlockParamType = Literal["text"] | str

ANTHROPIC_TEXT_BLOCK_PARAM_TYPE_VALUES: set[AnthropicTextBlockParamType] = {
    "text",
}


def check_anthropic_text_block_param_type(value: str) -> AnthropicTextBlockParamType:
    return check_enum(value, ANTHROPIC_TEXT_BLOCK_PARAM_TYPE_VALUES, "AnthropicTextBlockParamType")
