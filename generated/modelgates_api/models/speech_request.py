from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.speech_request_response_format import SpeechRequestResponseFormat, check_speech_request_response_format
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.speech_request_provider import SpeechRequestProvider
else:
    SpeechRequestProvider = _LazyModel(globals(), "speech_request_provider", "SpeechRequestProvider")


@_attrs_define(repr=False, eq=False)
class SpeechRequest(_ModelBase):
    """Text-to-speech request input

    Attributes:
        input_ (str): Text to synthesize
        model (str): TTS model identifier
        voice (str): Voice identifier (provider-specific).
        provider (SpeechRequestProvider | Unset): Provider-specific passthrough configuration
        response_format (SpeechRequestResponseFormat | Unset): Audio output format
        speed (float | Unset): Playback speed multiplier. Only used by models that support it (e.g. OpenAI TTS). Ignored
            by other providers.
    """

    input_: str
    model: str
    voice: str
    provider: SpeechRequestProvider | Unset = UNSET
    response_format: SpeechRequestResponseFormat | Unset = UNSET
    speed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("input", None, "input_"),
        "model",
        "voice",
    )
    _optional_ = (
        ("provider", _model_field(SpeechRequestProvider)),
        ("response_format", check_speech_request_response_format),
        "speed",
    )
