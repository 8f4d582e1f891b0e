from typing import Literal

from ..types import check_enum

OpenAIFileListObject = Literal["list"] | str

OPEN_AI_FILE_LIST_OBJECT_VALUES: set[OpenAIFileListObject] = {
    "list",
}


def check_open_ai_file_list_object(value: str) -> OpenAIFileListObject:
    return check_enum(value, OPEN_AI_FILE_LIST_OBJECT_VALUES, "OpenAIFileListObject")
