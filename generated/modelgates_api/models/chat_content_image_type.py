from typing import Literal

from ..types import check_enum

ChatContentImageType = Literal["image_url"] | str

CHAT_CONTENT_IMAGE_TYPE_VALUES: set[ChatContentImageType] = {
    "image_url",
}


def check_chat_content_image_type(value: str) -> ChatContentImageType:
    return check_enum(value, CHAT_CONTENT_IMAGE_TYPE_VALUES, "ChatContentImageType")
