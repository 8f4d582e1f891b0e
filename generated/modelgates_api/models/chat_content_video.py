from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_content_video_type import (
    ChatContentVideoType,
    check_chat_content_video_type,
)

if TYPE_CHECKING:
    from ..models.chat_video_url import ChatVideoUrl


T = TypeVar("T", bound="ChatContentVideo")


@_attrs_define
class ChatContentVideo:
    """A video content part.

    Attributes:
        type_ (ChatContentVideoType):
        video_url (ChatVideoUrl): Video reference.
    """

    type_: ChatContentVideoType
    video_url: ChatVideoUrl

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        video_url = self.video_url.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_video_url import ChatVideoUrl

        d = dict(src_dict)
        type_ = check_chat_content_video_type(d.pop("type"))

        video_url = ChatVideoUrl.from_dict(d.pop("video_url"))

        chat_content_video = cls(
            type_=type_,
            video_url=video_url,
        )

        return chat_content_video
