from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "data",
        ("format", None, "format_"),
    )
