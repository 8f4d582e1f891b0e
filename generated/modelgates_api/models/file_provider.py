from typing import Literal

from ..types import check_enum

FileProvider = Literal["anthropic", "openai"] | str

FILE_PROVIDER_VALUES: set[FileProvider] = {
    "anthropic",
    "openai",
}


def check_file_provider(value: str) -> FileProvider:
    return check_enum(value, FILE_PROVIDER_VALUES, "FileProvider")
