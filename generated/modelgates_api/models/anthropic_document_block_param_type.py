from typing import Literal

from ..types import check_enum

AnthropicDocumentBlockParamType = Literal["document"] | str

ANTHROPIC_DOCUMENT_BLOCK_PARAM_TYPE_VALUES: set[AnthropicDocumentBlockParamType] = {
    "document",
}


def check_anthropic_document_block_param_type(value: str) -> AnthropicDocumentBlockParamType:
    return check_enum(value, ANTHROPIC_DOCUMENT_BLOCK_PARAM_TYPE_VALUES, "AnthropicDocumentBlockParamType")
