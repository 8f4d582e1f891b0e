from typing import Literal

InputFileType = Literal["input_file"]

INPUT_FILE_TYPE_VALUES: set[InputFileType] = {
    "input_file",
}


def check_input_file_type(value: str) -> InputFileType:
    if value in INPUT_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_FILE_TYPE_VALUES!r}"
    )
