from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ChatInputAudio(_ModelBase):
    """Inline audio input.

    Attributes:
        data (str): Base64-encoded audio data.
        format_ (str): Audio format, e.g. `wav` or `mp3`.
    """

    data: str
    format_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "data",
        ("format", None, "format_"),
    )
