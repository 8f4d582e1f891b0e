from typing import Literal

AnthropicFileDocumentSourceType = Literal["file"]

ANTHROPIC_FILE_DOCUMENT_SOURCE_TYPE_VALUES: set[AnthropicFileDocumentSourceType] = {
    "file",
}


def check_anthropic_file_document_source_type(
    value: str,
) -> AnthropicFileDocumentSourceType:
    if value in ANTHROPIC_FILE_DOCUMENT_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_FILE_DOCUMENT_SOURCE_TYPE_VALUES!r}"
    )
