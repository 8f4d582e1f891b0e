from typing import Literal

AnthropicFileListShape = Literal["anthropic"]

ANTHROPIC_FILE_LIST_SHAPE_VALUES: set[AnthropicFileListShape] = {
    "anthropic",
}


def check_anthropic_file_list_shape(value: str) -> AnthropicFileListShape:
    if value in ANTHROPIC_FILE_LIST_SHAPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_FILE_LIST_SHAPE_VALUES!r}"
    )
