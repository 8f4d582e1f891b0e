from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stt_request_response_format import STTRequestResponseFormat, check_stt_request_response_format
from ..models.stt_timestamp_granularity import STTTimestampGranularity, check_stt_timestamp_granularity
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.stt_input_audio import STTInputAudio
    from ..models.stt_request_provider import STTRequestProvider


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

    _json_fields_ = (
        "input_audio",
        "model",
        "language",
        "provider",
        "response_format",
        "temperature",
        "timestamp_granularities",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "input_audio"
            input_audio = STTInputAudio.from_dict(d.pop("input_audio"))

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "language"
            language = d.pop("language", UNSET)

            _at_field_ = "provider"
            _provider = d.pop("provider", UNSET)
            provider: STTRequestProvider | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = STTRequestProvider.from_dict(_provider)

            _at_field_ = "response_format"
            _response_format = d.pop("response_format", UNSET)
            response_format: STTRequestResponseFormat | Unset
            if isinstance(_response_format, Unset):
                response_format = UNSET
            else:
                response_format = check_stt_request_response_format(_response_format)

            _at_field_ = "temperature"
            temperature = d.pop("temperature", UNSET)

            _at_field_ = "timestamp_granularities"
            _timestamp_granularities = d.pop("timestamp_granularities", UNSET)
            timestamp_granularities: list[STTTimestampGranularity] | Unset = UNSET
            if _timestamp_granularities is not UNSET:
                timestamp_granularities = []
                for _timestamp_granularities_item_data_index, timestamp_granularities_item_data in enumerate(
                    _as_list(_timestamp_granularities)
                ):
                    try:
                        timestamp_granularities_item = check_stt_timestamp_granularity(
                            timestamp_granularities_item_data
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _timestamp_granularities_item_data_index)
                    timestamp_granularities.append(timestamp_granularities_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stt_request = cls(
            input_audio=input_audio,
            model=model,
            language=language,
            provider=provider,
            response_format=response_format,
            temperature=temperature,
            timestamp_granularities=timestamp_granularities,
        )

        stt_request.additional_properties = d
        return stt_request


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    STTInputAudio = _LazyModel(globals(), "modelgates_api.models.stt_input_audio", "STTInputAudio")
    STTRequestProvider = _LazyModel(globals(), "modelgates_api.models.stt_request_provider", "STTRequestProvider")
