from typing import Literal

OpenAIFileDeletedObject = Literal["file"]

OPEN_AI_FILE_DELETED_OBJECT_VALUES: set[OpenAIFileDeletedObject] = {
    "file",
}


def check_open_ai_file_deleted_object(value: str) -> OpenAIFileDeletedObject:
    if value in OPEN_AI_FILE_DELETED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_FILE_DELETED_OBJECT_VALUES!r}"
    )
