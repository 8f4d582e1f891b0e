from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class STTWord(_ModelBase):
    """A timestamped word, returned when the provider includes word-level timestamps

    Example:
        {'end': 0.4, 'speaker': 0, 'start': 0, 'word': 'Hello'}

    Attributes:
        end (float): Word end time in seconds Example: 0.4.
        start (float): Word start time in seconds Example: 0.
        word (str): The transcribed word Example: Hello.
        speaker (int | Unset): Speaker index for the word, present when the provider returns diarization data Example:
            0.
    """

    end: float
    start: float
    word: str
    speaker: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "end",
        "start",
        "word",
    )
    _optional_ = ("speaker",)
