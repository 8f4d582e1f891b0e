from typing import Literal

AnthropicDocumentBlockParamType = Literal["document"]

ANTHROPIC_DOCUMENT_BLOCK_PARAM_TYPE_VALUES: set[AnthropicDocumentBlockParamType] = {
    "document",
}


def check_anthropic_document_block_param_type(
    value: str,
) -> AnthropicDocumentBlockParamType:
    if value in ANTHROPIC_DOCUMENT_BLOCK_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_DOCUMENT_BLOCK_PARAM_TYPE_VALUES!r}"
    )
