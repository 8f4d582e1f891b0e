from typing import Literal

from ..types import check_enum

AnthropicPlainTextSourceType = Literal["text"] | str

ANTHROPIC_PLAIN_TEXT_SOURCE_TYPE_VALUES: set[AnthropicPlainTextSourceType] = {
    "text",
}


def check_anthropic_plain_text_source_type(value: str) -> AnthropicPlainTextSourceType:
    return check_enum(value, ANTHROPIC_PLAIN_TEXT_SOURCE_TYPE_VALUES, "AnthropicPlainTextSourceType")
