from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_content_image_type import ChatContentImageType, check_chat_content_image_type
from ..types import CLOSED, LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.chat_image_url import ChatImageUrl
else:
    ChatImageUrl = _LazyModel(globals(), "chat_image_url", "ChatImageUrl")


@_attrs_define(repr=False, eq=False)
class ChatContentImage(_ModelBase):
    """An image content part.

    Attributes:
        image_url (ChatImageUrl): Image reference.
    """

    type_: ChatContentImageType
    image_url: ChatImageUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_chat_content_image_type, "type_"),
        ("image_url", _model_field(ChatImageUrl)),
    )
    _extras_ = CLOSED
