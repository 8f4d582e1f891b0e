from typing import Literal

from ..types import check_enum

AnthropicDocumentBlockType = Literal["document"] | str

ANTHROPIC_DOCUMENT_BLOCK_TYPE_VALUES: set[AnthropicDocumentBlockType] = {
    "document",
}


def check_anthropic_document_block_type(value: str) -> AnthropicDocumentBlockType:
    return check_enum(value, ANTHROPIC_DOCUMENT_BLOCK_TYPE_VALUES, "AnthropicDocumentBlockType")
