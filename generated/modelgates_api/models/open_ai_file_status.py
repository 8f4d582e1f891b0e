from typing import Literal

from ..types import check_enum

OpenAIFileStatus = Literal["processed"] | str

OPEN_AI_FILE_STATUS_VALUES: set[OpenAIFileStatus] = {
    "processed",
}


def check_open_ai_file_status(value: str) -> OpenAIFileStatus:
    return check_enum(value, OPEN_AI_FILE_STATUS_VALUES, "OpenAIFileStatus")
