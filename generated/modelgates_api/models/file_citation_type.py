from typing import Literal

from ..types import check_enum

FileCitationType = Literal["file_citation"] | str

FILE_CITATION_TYPE_VALUES: set[FileCitationType] = {
    "file_citation",
}


def check_file_citation_type(value: str) -> FileCitationType:
    return check_enum(value, FILE_CITATION_TYPE_VALUES, "FileCitationType")
