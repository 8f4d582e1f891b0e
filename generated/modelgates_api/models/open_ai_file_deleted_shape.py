from typing import Literal

from ..types import check_enum

OpenAIFileDeletedShape = Literal["openai"] | str

OPEN_AI_FILE_DELETED_SHAPE_VALUES: set[OpenAIFileDeletedShape] = {
    "openai",
}


def check_open_ai_file_deleted_shape(value: str) -> OpenAIFileDeletedShape:
    return check_enum(value, OPEN_AI_FILE_DELETED_SHAPE_VALUES, "OpenAIFileDeletedShape")
