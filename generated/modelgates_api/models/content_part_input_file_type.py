from typing import Literal

from ..types import check_enum

ContentPartInputFileType = Literal["input_file"] | str

CONTENT_PART_INPUT_FILE_TYPE_VALUES: set[ContentPartInputFileType] = {
    "input_file",
}


def check_content_part_input_file_type(value: str) -> ContentPartInputFileType:
    return check_enum(value, CONTENT_PART_INPUT_FILE_TYPE_VALUES, "ContentPartInputFileType")
