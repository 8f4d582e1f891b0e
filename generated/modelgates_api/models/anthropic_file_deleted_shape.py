from typing import Literal

from ..types import check_enum

AnthropicFileDeletedShape = Literal["anthropic"] | str

ANTHROPIC_FILE_DELETED_SHAPE_VALUES: set[AnthropicFileDeletedShape] = {
    "anthropic",
}


def check_anthropic_file_deleted_shape(value: str) -> AnthropicFileDeletedShape:
    return check_enum(value, ANTHROPIC_FILE_DELETED_SHAPE_VALUES, "AnthropicFileDeletedShape")
