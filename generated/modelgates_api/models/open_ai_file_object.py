from typing import Literal

from ..types import check_enum

OpenAIFileObject = Literal["file"] | str

OPEN_AI_FILE_OBJECT_VALUES: set[OpenAIFileObject] = {
    "file",
}


def check_open_ai_file_object(value: str) -> OpenAIFileObject:
    return check_enum(value, OPEN_AI_FILE_OBJECT_VALUES, "OpenAIFileObject")
