from typing import Literal

FilePathType = Literal["file_path"]

FILE_PATH_TYPE_VALUES: set[FilePathType] = {
    "file_path",
}


def check_file_path_type(value: str) -> FilePathType:
    if value in FILE_PATH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_PATH_TYPE_VALUES!r}"
    )
