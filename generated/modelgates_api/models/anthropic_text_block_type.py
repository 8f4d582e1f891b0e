from typing import Literal

from ..types import check_enum

AnthropicTextBlockType = Literal["text"] | str

ANTHROPIC_TEXT_BLOCK_TYPE_VALUES: set[AnthropicTextBlockType] = {
    "text",
}


def check_anthropic_text_block_type(value: str) -> AnthropicTextBlockType:
    return check_enum(value, ANTHROPIC_TEXT_BLOCK_TYPE_VALUES, "AnthropicTextBlockType")
