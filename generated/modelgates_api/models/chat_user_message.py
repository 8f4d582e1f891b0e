from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_user_message_role import ChatUserMessageRole, check_chat_user_message_role
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.chat_content_audio import ChatContentAudio
    from ..models.chat_content_file import ChatContentFile
    from ..models.chat_content_image import ChatContentImage
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_content_video import ChatContentVideo


@_attrs_define(repr=False, eq=False)
class ChatUserMessage(_ModelBase):
    """A user message; content is a string or a list of text, image, audio, file or video parts.

    Attributes:
        name (str | Unset): Optional name of the participant.
    """

    role: ChatUserMessageRole
    content: list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo] | str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "role",
        "content",
        "name",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "role"
            role = check_chat_user_message_role(d.pop("role"))

            _at_field_ = "content"
            content = d.pop("content")

            def _content_member_1(
                data: object,
            ) -> list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo]:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for _content_type_1_item_data_index, content_type_1_item_data in enumerate(_as_list(_content_type_1)):
                    try:
                        content_type_1_item = content_type_1_item_data
                        content_type_1_item = _parse_union(
                            content_type_1_item,
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

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _content_type_1_item_data_index)
                    content_type_1.append(content_type_1_item)

                return content_type_1

            content = _parse_union(
                content,
                (
                    (
                        "list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo]",
                        _content_member_1,
                    ),
                ),
                plain=(str,),
            )

            _at_field_ = "name"
            name = d.pop("name", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_user_message = cls(
            role=role,
            content=content,
            name=name,
        )

        chat_user_message.additional_properties = unknown_fields(d)
        return chat_user_message


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ChatContentAudio = _LazyModel(globals(), "modelgates_api.models.chat_content_audio", "ChatContentAudio")
    ChatContentFile = _LazyModel(globals(), "modelgates_api.models.chat_content_file", "ChatContentFile")
    ChatContentImage = _LazyModel(globals(), "modelgates_api.models.chat_content_image", "ChatContentImage")
    ChatContentText = _LazyModel(globals(), "modelgates_api.models.chat_content_text", "ChatContentText")
    ChatContentVideo = _LazyModel(globals(), "modelgates_api.models.chat_content_video", "ChatContentVideo")
