from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "end",
        "start",
        "word",
        "speaker",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "end"
            end = d.pop("end")

            _at_field_ = "start"
            start = d.pop("start")

            _at_field_ = "word"
            word = d.pop("word")

            _at_field_ = "speaker"
            speaker = d.pop("speaker", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stt_word = cls(
            end=end,
            start=start,
            word=word,
            speaker=speaker,
        )

        stt_word.additional_properties = d
        return stt_word
