from typing import Literal

from ..types import check_enum

AnthropicFileDocumentSourceType = Literal["file"] | str

ANTHROPIC_FILE_DOCUMENT_SOURCE_TYPE_VALUES: set[AnthropicFileDocumentSourceType] = {
    "file",
}


def check_anthropic_file_document_source_type(value: str) -> AnthropicFileDocumentSourceType:
    return check_enum(value, ANTHROPIC_FILE_DOCUMENT_SOURCE_TYPE_VALUES, "AnthropicFileDocumentSourceType")
