from typing import Literal

from ..types import check_enum

OpenAIFileDeletedObject = Literal["file"] | str

OPEN_AI_FILE_DELETED_OBJECT_VALUES: set[OpenAIFileDeletedObject] = {
    "file",
}


def check_open_ai_file_deleted_object(value: str) -> OpenAIFileDeletedObject:
    return check_enum(value, OPEN_AI_FILE_DELETED_OBJECT_VALUES, "OpenAIFileDeletedObject")
