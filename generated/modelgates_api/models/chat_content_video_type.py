from typing import Literal

from ..types import check_enum

ChatContentVideoType = Literal["video_url"] | str

CHAT_CONTENT_VIDEO_TYPE_VALUES: set[ChatContentVideoType] = {
    "video_url",
}


def check_chat_content_video_type(value: str) -> ChatContentVideoType:
    return check_enum(value, CHAT_CONTENT_VIDEO_TYPE_VALUES, "ChatContentVideoType")
