from typing import Literal

OpenAIFileObject = Literal["file"]

OPEN_AI_FILE_OBJECT_VALUES: set[OpenAIFileObject] = {
    "file",
}


def check_open_ai_file_object(value: str) -> OpenAIFileObject:
    if value in OPEN_AI_FILE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_FILE_OBJECT_VALUES!r}"
    )
