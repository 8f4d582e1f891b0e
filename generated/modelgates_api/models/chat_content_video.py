from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_content_video_type import ChatContentVideoType, check_chat_content_video_type
from ..types import CLOSED, LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.chat_video_url import ChatVideoUrl
else:
    ChatVideoUrl = _LazyModel(globals(), "chat_video_url", "ChatVideoUrl")


@_attrs_define(repr=False, eq=False)
class ChatContentVideo(_ModelBase):
    """A video content part.

    Attributes:
        video_url (ChatVideoUrl): Video reference.
    """

    type_: ChatContentVideoType
    video_url: ChatVideoUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_chat_content_video_type, "type_"),
        ("video_url", _model_field(ChatVideoUrl)),
    )
    _extras_ = CLOSED
