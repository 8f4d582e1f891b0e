from typing import Literal

from ..types import check_enum

OpenAIFileShape = Literal["openai"] | str

OPEN_AI_FILE_SHAPE_VALUES: set[OpenAIFileShape] = {
    "openai",
}


def check_open_ai_file_shape(value: str) -> OpenAIFileShape:
    return check_enum(value, OPEN_AI_FILE_SHAPE_VALUES, "OpenAIFileShape")
