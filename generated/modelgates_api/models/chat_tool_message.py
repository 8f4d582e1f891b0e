from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_tool_message_role import ChatToolMessageRole, check_chat_tool_message_role
from ..types import (
    CLOSED,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.chat_content_audio import ChatContentAudio
    from ..models.chat_content_file import ChatContentFile
    from ..models.chat_content_image import ChatContentImage
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_content_video import ChatContentVideo
else:
    ChatContentAudio = _LazyModel(globals(), "chat_content_audio", "ChatContentAudio")
    ChatContentFile = _LazyModel(globals(), "chat_content_file", "ChatContentFile")
    ChatContentImage = _LazyModel(globals(), "chat_content_image", "ChatContentImage")
    ChatContentText = _LazyModel(globals(), "chat_content_text", "ChatContentText")
    ChatContentVideo = _LazyModel(globals(), "chat_content_video", "ChatContentVideo")


@_attrs_define(repr=False, eq=False)
class ChatToolMessage(_ModelBase):
    """The result of a tool call.

    Attributes:
        content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo] |
            str): Result of the tool call.
        tool_call_id (str): The `id` of the tool call this message answers.
    """

    role: ChatToolMessageRole
    content: list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo] | str
    tool_call_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("role", check_chat_tool_message_role),
        (
            "content",
            _union_field(
                (
                    (
                        "list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("ChatContentText", ChatContentText),
                                        ("ChatContentImage", ChatContentImage),
                                        ("ChatContentAudio", ChatContentAudio),
                                        ("ChatContentFile", ChatContentFile),
                                        ("ChatContentVideo", ChatContentVideo),
                                    ),
                                    tag=(
                                        "type",
                                        (
                                            "text",
                                            "image_url",
                                            "input_audio",
                                            "file",
                                            "video_url",
                                        ),
                                    ),
                                )
                            ),
                        ),
                    ),
                ),
                plain=(str,),
            ),
        ),
        "tool_call_id",
    )
    _extras_ = CLOSED
