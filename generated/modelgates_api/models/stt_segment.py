from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class STTSegment(_ModelBase):
    """A timestamped transcript segment, returned when response_format is verbose_json

    Example:
        {'avg_logprob': -0.28, 'compression_ratio': 1.13, 'end': 3.2, 'id': 0, 'no_speech_prob': 0.01, 'seek': 0,
            'speaker': 0, 'start': 0, 'temperature': 0, 'text': 'Hello there.', 'tokens': [50364, 2425, 456]}

    Attributes:
        end (float): Segment end time in seconds Example: 3.2.
        id (int): Segment index within the transcript Example: 0.
        start (float): Segment start time in seconds Example: 0.
        text (str): Transcribed text of the segment Example: Hello there..
        avg_logprob (float | Unset): Average log probability of the segment
        compression_ratio (float | Unset): Compression ratio of the segment
        no_speech_prob (float | Unset): Probability the segment contains no speech
        seek (int | Unset): Seek offset of the segment Example: 0.
        speaker (int | Unset): Speaker index for the segment, present when the provider returns diarization data
            Example: 0.
        temperature (float | Unset): Temperature used for the segment
        tokens (list[int] | Unset): Token IDs of the segment
    """

    end: float
    id: int
    start: float
    text: str
    avg_logprob: float | Unset = UNSET
    compression_ratio: float | Unset = UNSET
    no_speech_prob: float | Unset = UNSET
    seek: int | Unset = UNSET
    speaker: int | Unset = UNSET
    temperature: float | Unset = UNSET
    tokens: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "end",
        "id",
        "start",
        "text",
    )
    _optional_ = (
        "avg_logprob",
        "compression_ratio",
        "no_speech_prob",
        "seek",
        "speaker",
        "temperature",
        "tokens",
    )
