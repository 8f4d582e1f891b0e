from typing import Literal

AnthropicPlainTextSourceType = Literal["text"]

ANTHROPIC_PLAIN_TEXT_SOURCE_TYPE_VALUES: set[AnthropicPlainTextSourceType] = {
    "text",
}


def check_anthropic_plain_text_source_type(value: str) -> AnthropicPlainTextSourceType:
    if value in ANTHROPIC_PLAIN_TEXT_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_PLAIN_TEXT_SOURCE_TYPE_VALUES!r}"
    )
