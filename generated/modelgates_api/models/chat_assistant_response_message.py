from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_assistant_response_message_role import (
    ChatAssistantResponseMessageRole,
    check_chat_assistant_response_message_role,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
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
    from ..models.chat_reasoning_detail import ChatReasoningDetail
    from ..models.chat_response_audio import ChatResponseAudio
    from ..models.chat_response_image import ChatResponseImage
    from ..models.chat_tool_call import ChatToolCall


@_attrs_define(repr=False, eq=False)
class ChatAssistantResponseMessage(_ModelBase):
    """The assistant message of a chat result choice.

    Attributes:
        content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo] | None
            | str | Unset): The generated text (null when the message only carries tool calls).
        reasoning (None | str | Unset): Reasoning text, for reasoning models.
        refusal (None | str | Unset): Refusal message, if the model refused.
    """

    role: ChatAssistantResponseMessageRole
    content: (
        list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo]
        | None
        | str
        | Unset
    ) = UNSET
    reasoning: None | str | Unset = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: list[ChatToolCall] | Unset = UNSET
    images: list[ChatResponseImage] | Unset = UNSET
    audio: ChatResponseAudio | None | Unset = UNSET
    reasoning_details: list[ChatReasoningDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "role",
        "content",
        "reasoning",
        "refusal",
        "tool_calls",
        "images",
        "audio",
        "reasoning_details",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "role"
            role = check_chat_assistant_response_message_role(d.pop("role"))

            _at_field_ = "content"
            content = d.pop("content", UNSET)
            if not isinstance(content, (_NoneType, Unset)):

                def _content_member_1(
                    data: object,
                ) -> list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo]:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_1 = []
                    _content_type_1 = data
                    for _content_type_1_item_data_index, content_type_1_item_data in enumerate(
                        _as_list(_content_type_1)
                    ):
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
                    plain=(str, _NoneType),
                )

            _at_field_ = "reasoning"
            reasoning = d.pop("reasoning", UNSET)
            if not isinstance(reasoning, (str, _NoneType, Unset)):
                reasoning = _parse_union(
                    reasoning,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "refusal"
            refusal = d.pop("refusal", UNSET)
            if not isinstance(refusal, (str, _NoneType, Unset)):
                refusal = _parse_union(
                    refusal,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "tool_calls"
            _tool_calls = d.pop("tool_calls", UNSET)
            tool_calls: list[ChatToolCall] | Unset = UNSET
            if _tool_calls is not UNSET:
                tool_calls = []
                for _tool_calls_item_data_index, tool_calls_item_data in enumerate(_as_list(_tool_calls)):
                    try:
                        tool_calls_item = ChatToolCall.from_dict(tool_calls_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _tool_calls_item_data_index)
                    tool_calls.append(tool_calls_item)

            _at_field_ = "images"
            _images = d.pop("images", UNSET)
            images: list[ChatResponseImage] | Unset = UNSET
            if _images is not UNSET:
                images = []
                for _images_item_data_index, images_item_data in enumerate(_as_list(_images)):
                    try:
                        images_item = ChatResponseImage.from_dict(images_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _images_item_data_index)
                    images.append(images_item)

            _at_field_ = "audio"
            audio = d.pop("audio", UNSET)
            if not isinstance(audio, (_NoneType, Unset)):
                audio = _parse_union(
                    audio,
                    (("ChatResponseAudio", ChatResponseAudio),),
                    plain=(_NoneType,),
                )

            _at_field_ = "reasoning_details"
            _reasoning_details = d.pop("reasoning_details", UNSET)
            reasoning_details: list[ChatReasoningDetail] | Unset = UNSET
            if _reasoning_details is not UNSET:
                reasoning_details = []
                for _reasoning_details_item_data_index, reasoning_details_item_data in enumerate(
                    _as_list(_reasoning_details)
                ):
                    try:
                        reasoning_details_item = ChatReasoningDetail.from_dict(reasoning_details_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _reasoning_details_item_data_index)
                    reasoning_details.append(reasoning_details_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_assistant_response_message = cls(
            role=role,
            content=content,
            reasoning=reasoning,
            refusal=refusal,
            tool_calls=tool_calls,
            images=images,
            audio=audio,
            reasoning_details=reasoning_details,
        )

        chat_assistant_response_message.additional_properties = d
        return chat_assistant_response_message


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
    ChatReasoningDetail = _LazyModel(globals(), "modelgates_api.models.chat_reasoning_detail", "ChatReasoningDetail")
    ChatResponseAudio = _LazyModel(globals(), "modelgates_api.models.chat_response_audio", "ChatResponseAudio")
    ChatResponseImage = _LazyModel(globals(), "modelgates_api.models.chat_response_image", "ChatResponseImage")
    ChatToolCall = _LazyModel(globals(), "modelgates_api.models.chat_tool_call", "ChatToolCall")
