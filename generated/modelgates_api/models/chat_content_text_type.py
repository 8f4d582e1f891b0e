from typing import Literal

ChatContentTextType = Literal["text"]

CHAT_CONTENT_TEXT_TYPE_VALUES: set[ChatContentTextType] = {
    "text",
}


def check_chat_content_text_type(value: str) -> ChatContentTextType:
    if value in CHAT_CONTENT_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_CONTENT_TEXT_TYPE_VALUES!r}"
    )
