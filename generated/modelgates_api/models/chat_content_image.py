from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_content_image_type import (
    ChatContentImageType,
    check_chat_content_image_type,
)

if TYPE_CHECKING:
    from ..models.chat_image_url import ChatImageUrl


T = TypeVar("T", bound="ChatContentImage")


@_attrs_define
class ChatContentImage:
    """An image content part.

    Attributes:
        type_ (ChatContentImageType):
        image_url (ChatImageUrl): Image reference.
    """

    type_: ChatContentImageType
    image_url: ChatImageUrl

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        image_url = self.image_url.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_image_url import ChatImageUrl

        d = dict(src_dict)
        type_ = check_chat_content_image_type(d.pop("type"))

        image_url = ChatImageUrl.from_dict(d.pop("image_url"))

        chat_content_image = cls(
            type_=type_,
            image_url=image_url,
        )

        return chat_content_image
