from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_content_audio_type import ChatContentAudioType, check_chat_content_audio_type
from ..types import PARSE_ERRORS, as_object, at_field, unknown_fields
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.chat_input_audio import ChatInputAudio


@_attrs_define(repr=False, eq=False)
class ChatContentAudio(_ModelBase):
    """An audio content part.

    Attributes:
        input_audio (ChatInputAudio): Inline audio input.
    """

    type_: ChatContentAudioType
    input_audio: ChatInputAudio
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "input_audio",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_chat_content_audio_type(d.pop("type"))

            _at_field_ = "input_audio"
            input_audio = ChatInputAudio.from_dict(d.pop("input_audio"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_content_audio = cls(
            type_=type_,
            input_audio=input_audio,
        )

        chat_content_audio.additional_properties = unknown_fields(d)
        return chat_content_audio


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ChatInputAudio = _LazyModel(globals(), "modelgates_api.models.chat_input_audio", "ChatInputAudio")
