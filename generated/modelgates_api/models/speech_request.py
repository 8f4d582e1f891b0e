from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speech_request_response_format import SpeechRequestResponseFormat, check_speech_request_response_format
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.speech_request_provider import SpeechRequestProvider


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

    _json_fields_ = (
        ("input_", "input"),
        "model",
        "voice",
        "provider",
        "response_format",
        "speed",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "input"
            input_ = d.pop("input")

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "voice"
            voice = d.pop("voice")

            _at_field_ = "provider"
            _provider = d.pop("provider", UNSET)
            provider: SpeechRequestProvider | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = SpeechRequestProvider.from_dict(_provider)

            _at_field_ = "response_format"
            _response_format = d.pop("response_format", UNSET)
            response_format: SpeechRequestResponseFormat | Unset
            if isinstance(_response_format, Unset):
                response_format = UNSET
            else:
                response_format = check_speech_request_response_format(_response_format)

            _at_field_ = "speed"
            speed = d.pop("speed", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        speech_request = cls(
            input_=input_,
            model=model,
            voice=voice,
            provider=provider,
            response_format=response_format,
            speed=speed,
        )

        speech_request.additional_properties = d
        return speech_request


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    SpeechRequestProvider = _LazyModel(
        globals(), "modelgates_api.models.speech_request_provider", "SpeechRequestProvider"
    )
