from typing import Literal

from ..types import check_enum

OpenAIFileListShape = Literal["openai"] | str

OPEN_AI_FILE_LIST_SHAPE_VALUES: set[OpenAIFileListShape] = {
    "openai",
}


def check_open_ai_file_list_shape(value: str) -> OpenAIFileListShape:
    return check_enum(value, OPEN_AI_FILE_LIST_SHAPE_VALUES, "OpenAIFileListShape")
