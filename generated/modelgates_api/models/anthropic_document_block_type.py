from typing import Literal

AnthropicDocumentBlockType = Literal["document"]

ANTHROPIC_DOCUMENT_BLOCK_TYPE_VALUES: set[AnthropicDocumentBlockType] = {
    "document",
}


def check_anthropic_document_block_type(value: str) -> AnthropicDocumentBlockType:
    if value in ANTHROPIC_DOCUMENT_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_DOCUMENT_BLOCK_TYPE_VALUES!r}"
    )
