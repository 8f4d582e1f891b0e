from typing import Literal

from ..types import check_enum

AnthropicFileShape = Literal["anthropic"] | str

ANTHROPIC_FILE_SHAPE_VALUES: set[AnthropicFileShape] = {
    "anthropic",
}


def check_anthropic_file_shape(value: str) -> AnthropicFileShape:
    return check_enum(value, ANTHROPIC_FILE_SHAPE_VALUES, "AnthropicFileShape")
