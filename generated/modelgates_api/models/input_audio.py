from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.input_audio_type import InputAudioType, check_input_audio_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.input_audio_input_audio import InputAudioInputAudio
else:
    InputAudioInputAudio = _LazyModel(globals(), "input_audio_input_audio", "InputAudioInputAudio")


@_attrs_define(repr=False, eq=False)
class InputAudio(_ModelBase):
    """Audio input content item

    Example:
        {'input_audio': {'data': 'SGVsbG8gV29ybGQ=', 'format': 'mp3'}, 'type': 'input_audio'}

    """

    input_audio: InputAudioInputAudio
    type_: InputAudioType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("input_audio", _model_field(InputAudioInputAudio)),
        ("type", check_input_audio_type, "type_"),
    )
