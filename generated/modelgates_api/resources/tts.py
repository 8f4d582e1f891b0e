"""``client.tts``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    from modelgates import AsyncBinaryResponse, BinaryResponse
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.speech_request_provider import SpeechRequestProvider

__all__ = ["Tts", "TtsWithRawResponse"]

_CREATE_SPEECH = Operation(
    name="tts.create_speech",
    http="POST /audio/speech",
    module="api.tts.create_audio_speech",
    fields={
        "input": ("body", "input"),
        "model": ("body", "model"),
        "voice": ("body", "voice"),
        "provider": ("body", "provider"),
        "response_format": ("body", "response_format"),
        "speed": ("body", "speed"),
    },
    body_class="speech_request:SpeechRequest",
    whole_body=False,
    required_body=("input", "model", "voice"),
    requires_auth=True,
    result_class=None,
    authorization_param=True,
    result="binary",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Tts:
    """Operations of the ``tts`` group (``client.tts``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> TtsWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return TtsWithRawResponse(self._core.raw())

    def create_speech(
        self,
        *,
        input: str,
        model: str,
        voice: str,
        provider: SpeechRequestProvider | Mapping[str, Any] | None = None,
        response_format: Literal["mp3", "pcm"] | str | None = None,
        speed: float | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> BinaryResponse:
        """Create speech

        Synthesizes audio from the input text. Returns a raw audio bytestream in the requested format (e.g. mp3, pcm, wav).

        ``POST /audio/speech`` (operationId ``create-audio-speech``).

        Args:
            input: Text to synthesize
            model: TTS model identifier
            voice: Voice identifier (provider-specific).
            provider: Provider-specific passthrough configuration
            response_format: Audio output format
            speed: Playback speed multiplier. Only used by models that support it (e.g. OpenAI TTS). Ignored by other providers.

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            402: Payment Required - Insufficient credits or quota to complete request
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "BinaryResponse",
            self._core.call(
                _CREATE_SPEECH,
                {},
                {
                    "input": input,
                    "model": model,
                    "voice": voice,
                    "provider": provider,
                    "response_format": response_format,
                    "speed": speed,
                },
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    async def create_speech_async(
        self,
        *,
        input: str,
        model: str,
        voice: str,
        provider: SpeechRequestProvider | Mapping[str, Any] | None = None,
        response_format: Literal["mp3", "pcm"] | str | None = None,
        speed: float | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> AsyncBinaryResponse:
        """Create speech

        The async twin of ``create_speech``.

        Synthesizes audio from the input text. Returns a raw audio bytestream in the requested format (e.g. mp3, pcm, wav).

        ``POST /audio/speech`` (operationId ``create-audio-speech``).

        Args:
            input: Text to synthesize
            model: TTS model identifier
            voice: Voice identifier (provider-specific).
            provider: Provider-specific passthrough configuration
            response_format: Audio output format
            speed: Playback speed multiplier. Only used by models that support it (e.g. OpenAI TTS). Ignored by other providers.

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            402: Payment Required - Insufficient credits or quota to complete request
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "AsyncBinaryResponse",
            await self._core.call_async(
                _CREATE_SPEECH,
                {},
                {
                    "input": input,
                    "model": model,
                    "voice": voice,
                    "provider": provider,
                    "response_format": response_format,
                    "speed": speed,
                },
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )


class TtsWithRawResponse:
    """``client.tts.with_raw_response``: the operations of ``Tts``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``create_speech`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Tts(core)
        self.create_speech = raw_response(operations.create_speech)
        self.create_speech_async = raw_response_async(operations.create_speech_async)
