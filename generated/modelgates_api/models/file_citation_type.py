from typing import Literal

FileCitationType = Literal["file_citation"]

FILE_CITATION_TYPE_VALUES: set[FileCitationType] = {
    "file_citation",
}


def check_file_citation_type(value: str) -> FileCitationType:
    if value in FILE_CITATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_CITATION_TYPE_VALUES!r}"
    )
