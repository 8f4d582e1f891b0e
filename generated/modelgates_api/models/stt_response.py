from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.stt_segment import STTSegment
    from ..models.stt_usage import STTUsage
    from ..models.stt_word import STTWord
else:
    STTSegment = _LazyModel(globals(), "stt_segment", "STTSegment")
    STTUsage = _LazyModel(globals(), "stt_usage", "STTUsage")
    STTWord = _LazyModel(globals(), "stt_word", "STTWord")


@_attrs_define(repr=False, eq=False)
class STTResponse(_ModelBase):
    """STT response containing transcribed text and optional usage statistics

    Example:
        {'text': 'Hello, this is a test of OpenAI speech-to-text transcription.', 'usage': {'cost': 0.000508,
            'input_tokens': 83, 'output_tokens': 30, 'seconds': 9.2, 'total_tokens': 113}}

    Attributes:
        text (str): The transcribed text Example: Hello, this is a test of OpenAI speech-to-text transcription. The
            weather is sunny today and the temperature is around 72 degrees..
        duration (float | Unset): Duration of the input audio in seconds, present when response_format is verbose_json
            Example: 9.2.
        language (str | Unset): Detected or forced language, present when response_format is verbose_json Example:
            english.
        segments (list[STTSegment] | Unset): Timestamped transcript segments, present when response_format is
            verbose_json
        task (str | Unset): The task performed, present when response_format is verbose_json Example: transcribe.
        usage (STTUsage | Unset): Aggregated usage statistics for the request Example: {'cost': 0.000508,
            'input_tokens': 83, 'output_tokens': 30, 'seconds': 9.2, 'total_tokens': 113}.
        words (list[STTWord] | Unset): Timestamped words, present when the provider returns word-level timestamps
    """

    text: str
    duration: float | Unset = UNSET
    language: str | Unset = UNSET
    segments: list[STTSegment] | Unset = UNSET
    task: str | Unset = UNSET
    usage: STTUsage | Unset = UNSET
    words: list[STTWord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("text",)
    _optional_ = (
        "duration",
        "language",
        ("segments", _list_field(_model_field(STTSegment))),
        "task",
        ("usage", _model_field(STTUsage)),
        ("words", _list_field(_model_field(STTWord))),
    )
