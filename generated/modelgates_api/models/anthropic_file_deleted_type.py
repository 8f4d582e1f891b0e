from typing import Literal

AnthropicFileDeletedType = Literal["file_deleted"]

ANTHROPIC_FILE_DELETED_TYPE_VALUES: set[AnthropicFileDeletedType] = {
    "file_deleted",
}


def check_anthropic_file_deleted_type(value: str) -> AnthropicFileDeletedType:
    if value in ANTHROPIC_FILE_DELETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_FILE_DELETED_TYPE_VALUES!r}"
    )
