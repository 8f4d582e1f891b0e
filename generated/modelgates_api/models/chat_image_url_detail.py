from typing import Literal

from ..types import check_enum

ChatImageUrlDetail = Literal["auto", "high", "low"] | str

CHAT_IMAGE_URL_DETAIL_VALUES: set[ChatImageUrlDetail] = {
    "auto",
    "high",
    "low",
}


def check_chat_image_url_detail(value: str) -> ChatImageUrlDetail:
    return check_enum(value, CHAT_IMAGE_URL_DETAIL_VALUES, "ChatImageUrlDetail")
