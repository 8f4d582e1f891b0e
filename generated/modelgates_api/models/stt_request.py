from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.stt_request_response_format import STTRequestResponseFormat, check_stt_request_response_format
from ..models.stt_timestamp_granularity import STTTimestampGranularity, check_stt_timestamp_granularity
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.stt_input_audio import STTInputAudio
    from ..models.stt_request_provider import STTRequestProvider
else:
    STTInputAudio = _LazyModel(globals(), "stt_input_audio", "STTInputAudio")
    STTRequestProvider = _LazyModel(globals(), "stt_request_provider", "STTRequestProvider")


@_attrs_define(repr=False, eq=False)
class STTRequest(_ModelBase):
    """Speech-to-text request input. Accepts a JSON body with input_audio containing base64-encoded audio.

    Example:
        {'input_audio': {'data': 'UklGRiQA...', 'format': 'wav'}, 'language': 'en', 'model': 'openai/whisper-large-v3'}

    Attributes:
        input_audio (STTInputAudio): Base64-encoded audio to transcribe Example: {'data': 'UklGRiQA...', 'format':
            'wav'}.
        model (str): STT model identifier Example: openai/whisper-large-v3.
        language (str | Unset): ISO-639-1 language code (e.g., "en", "ja"). Auto-detected if omitted. Example: en.
        provider (STTRequestProvider | Unset): Provider-specific passthrough configuration
        response_format (STTRequestResponseFormat | Unset): Output format. "json" (default) returns { text, usage }.
            "verbose_json" additionally returns task, language, duration, and segment-level timestamps; only supported by
            OpenAI-compatible providers. Example: json.
        temperature (float | Unset): Sampling temperature for transcription Example: 0.
        timestamp_granularities (list[STTTimestampGranularity] | Unset): Timestamp detail levels to include when
            response_format is "verbose_json". "segment" returns segment-level timestamps; "word" additionally returns word-
            level timestamps in the words array. Ignored unless response_format is "verbose_json". Example: ['segment'].
    """

    input_audio: STTInputAudio
    model: str
    language: str | Unset = UNSET
    provider: STTRequestProvider | Unset = UNSET
    response_format: STTRequestResponseFormat | Unset = UNSET
    temperature: float | Unset = UNSET
    timestamp_granularities: list[STTTimestampGranularity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("input_audio", _model_field(STTInputAudio)),
        "model",
    )
    _optional_ = (
        "language",
        ("provider", _model_field(STTRequestProvider)),
        ("response_format", check_stt_request_response_format),
        "temperature",
        ("timestamp_granularities", _list_field(check_stt_timestamp_granularity)),
    )
