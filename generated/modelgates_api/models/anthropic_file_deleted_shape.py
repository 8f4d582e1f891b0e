from typing import Literal

AnthropicFileDeletedShape = Literal["anthropic"]

ANTHROPIC_FILE_DELETED_SHAPE_VALUES: set[AnthropicFileDeletedShape] = {
    "anthropic",
}


def check_anthropic_file_deleted_shape(value: str) -> AnthropicFileDeletedShape:
    if value in ANTHROPIC_FILE_DELETED_SHAPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_FILE_DELETED_SHAPE_VALUES!r}"
    )
