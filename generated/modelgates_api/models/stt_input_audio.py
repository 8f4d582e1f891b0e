from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class STTInputAudio(_ModelBase):
    """Base64-encoded audio to transcribe

    Example:
        {'data': 'UklGRiQA...', 'format': 'wav'}

    Attributes:
        data (str): Base64-encoded audio data (raw bytes, not a data URI)
        format_ (str): Audio format (e.g., wav, mp3, flac, m4a, ogg, webm, aac). Supported formats vary by provider.
    """

    data: str
    format_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "data",
        ("format_", "format"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = d.pop("data")

            _at_field_ = "format"
            format_ = d.pop("format")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stt_input_audio = cls(
            data=data,
            format_=format_,
        )

        stt_input_audio.additional_properties = d
        return stt_input_audio
