from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.input_audio_input_audio_format import InputAudioInputAudioFormat, check_input_audio_input_audio_format
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class InputAudioInputAudio(_ModelBase):
    data: str
    format_: InputAudioInputAudioFormat
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "data",
        ("format", check_input_audio_input_audio_format, "format_"),
    )
