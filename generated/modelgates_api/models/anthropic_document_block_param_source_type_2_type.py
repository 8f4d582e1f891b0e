from typing import Literal

from ..types import check_enum

AnthropicDocumentBlockParamSourceType2Type = Literal["content"] | str

ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_TYPE_2_TYPE_VALUES: set[AnthropicDocumentBlockParamSourceType2Type] = {
    "content",
}


def check_anthropic_document_block_param_source_type_2_type(value: str) -> AnthropicDocumentBlockParamSourceType2Type:
    return check_enum(
        value, ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_TYPE_2_TYPE_VALUES, "AnthropicDocumentBlockParamSourceType2Type"
    )
