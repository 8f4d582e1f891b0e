from typing import Literal

from ..types import check_enum

AnthropicPlainTextSourceMediaType = Literal["text/plain"] | str

ANTHROPIC_PLAIN_TEXT_SOURCE_MEDIA_TYPE_VALUES: set[AnthropicPlainTextSourceMediaType] = {
    "text/plain",
}


def check_anthropic_plain_text_source_media_type(value: str) -> AnthropicPlainTextSourceMediaType:
    return check_enum(value, ANTHROPIC_PLAIN_TEXT_SOURCE_MEDIA_TYPE_VALUES, "AnthropicPlainTextSourceMediaType")
