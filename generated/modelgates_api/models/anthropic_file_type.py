from typing import Literal

from ..types import check_enum

AnthropicFileType = Literal["file"] | str

ANTHROPIC_FILE_TYPE_VALUES: set[AnthropicFileType] = {
    "file",
}


def check_anthropic_file_type(value: str) -> AnthropicFileType:
    return check_enum(value, ANTHROPIC_FILE_TYPE_VALUES, "AnthropicFileType")
