from typing import Literal

AnthropicDocumentBlockParamSourceType2Type = Literal["content"]

ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_TYPE_2_TYPE_VALUES: set[
    AnthropicDocumentBlockParamSourceType2Type
] = {
    "content",
}


def check_anthropic_document_block_param_source_type_2_type(
    value: str,
) -> AnthropicDocumentBlockParamSourceType2Type:
    if value in ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_TYPE_2_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_DOCUMENT_BLOCK_PARAM_SOURCE_TYPE_2_TYPE_VALUES!r}"
    )
