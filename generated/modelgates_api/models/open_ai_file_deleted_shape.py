from typing import Literal

OpenAIFileDeletedShape = Literal["openai"]

OPEN_AI_FILE_DELETED_SHAPE_VALUES: set[OpenAIFileDeletedShape] = {
    "openai",
}


def check_open_ai_file_deleted_shape(value: str) -> OpenAIFileDeletedShape:
    if value in OPEN_AI_FILE_DELETED_SHAPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_FILE_DELETED_SHAPE_VALUES!r}"
    )
