from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_audio_type import InputAudioType, check_input_audio_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.input_audio_input_audio import InputAudioInputAudio


@_attrs_define(repr=False, eq=False)
class InputAudio(_ModelBase):
    """Audio input content item

    Example:
        {'input_audio': {'data': 'SGVsbG8gV29ybGQ=', 'format': 'mp3'}, 'type': 'input_audio'}

    """

    input_audio: InputAudioInputAudio
    type_: InputAudioType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "input_audio",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "input_audio"
            input_audio = InputAudioInputAudio.from_dict(d.pop("input_audio"))

            _at_field_ = "type"
            type_ = check_input_audio_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        input_audio = cls(
            input_audio=input_audio,
            type_=type_,
        )

        input_audio.additional_properties = d
        return input_audio


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    InputAudioInputAudio = _LazyModel(
        globals(), "modelgates_api.models.input_audio_input_audio", "InputAudioInputAudio"
    )
