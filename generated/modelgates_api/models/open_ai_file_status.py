from typing import Literal

OpenAIFileStatus = Literal["processed"]

OPEN_AI_FILE_STATUS_VALUES: set[OpenAIFileStatus] = {
    "processed",
}


def check_open_ai_file_status(value: str) -> OpenAIFileStatus:
    if value in OPEN_AI_FILE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_FILE_STATUS_VALUES!r}"
    )
