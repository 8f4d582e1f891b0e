from typing import Literal

from ..types import check_enum

ChatContentFileType = Literal["file"] | str

CHAT_CONTENT_FILE_TYPE_VALUES: set[ChatContentFileType] = {
    "file",
}


def check_chat_content_file_type(value: str) -> ChatContentFileType:
    return check_enum(value, CHAT_CONTENT_FILE_TYPE_VALUES, "ChatContentFileType")
