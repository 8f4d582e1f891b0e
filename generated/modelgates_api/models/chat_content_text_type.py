from typing import Literal

from ..types import check_enum

ChatContentTextType = Literal["text"] | str

CHAT_CONTENT_TEXT_TYPE_VALUES: set[ChatContentTextType] = {
    "text",
}


def check_chat_content_text_type(value: str) -> ChatContentTextType:
    return check_enum(value, CHAT_CONTENT_TEXT_TYPE_VALUES, "ChatContentTextType")
