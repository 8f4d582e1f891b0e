from typing import Literal

AnthropicFileType = Literal["file"]

ANTHROPIC_FILE_TYPE_VALUES: set[AnthropicFileType] = {
    "file",
}


def check_anthropic_file_type(value: str) -> AnthropicFileType:
    if value in ANTHROPIC_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_FILE_TYPE_VALUES!r}"
    )
