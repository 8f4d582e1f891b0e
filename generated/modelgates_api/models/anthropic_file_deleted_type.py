from typing import Literal

from ..types import check_enum

AnthropicFileDeletedType = Literal["file_deleted"] | str

ANTHROPIC_FILE_DELETED_TYPE_VALUES: set[AnthropicFileDeletedType] = {
    "file_deleted",
}


def check_anthropic_file_deleted_type(value: str) -> AnthropicFileDeletedType:
    return check_enum(value, ANTHROPIC_FILE_DELETED_TYPE_VALUES, "AnthropicFileDeletedType")
