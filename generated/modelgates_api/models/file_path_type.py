from typing import Literal

from ..types import check_enum

FilePathType = Literal["file_path"] | str

FILE_PATH_TYPE_VALUES: set[FilePathType] = {
    "file_path",
}


def check_file_path_type(value: str) -> FilePathType:
    return check_enum(value, FILE_PATH_TYPE_VALUES, "FilePathType")
