from typing import Literal

from ..types import check_enum

AnthropicFileListShape = Literal["anthropic"] | str

ANTHROPIC_FILE_LIST_SHAPE_VALUES: set[AnthropicFileListShape] = {
    "anthropic",
}


def check_anthropic_file_list_shape(value: str) -> AnthropicFileListShape:
    return check_enum(value, ANTHROPIC_FILE_LIST_SHAPE_VALUES, "AnthropicFileListShape")
