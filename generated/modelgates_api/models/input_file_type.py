from typing import Literal

from ..types import check_enum

InputFileType = Literal["input_file"] | str

INPUT_FILE_TYPE_VALUES: set[InputFileType] = {
    "input_file",
}


def check_input_file_type(value: str) -> InputFileType:
    return check_enum(value, INPUT_FILE_TYPE_VALUES, "InputFileType")
