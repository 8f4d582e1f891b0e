from typing import Literal

AnthropicPlainTextSourceMediaType = Literal["text/plain"]

ANTHROPIC_PLAIN_TEXT_SOURCE_MEDIA_TYPE_VALUES: set[
    AnthropicPlainTextSourceMediaType
] = {
    "text/plain",
}


def check_anthropic_plain_text_source_media_type(
    value: str,
) -> AnthropicPlainTextSourceMediaType:
    if value in ANTHROPIC_PLAIN_TEXT_SOURCE_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_PLAIN_TEXT_SOURCE_MEDIA_TYPE_VALUES!r}"
    )
