"""``client.stt``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    from modelgates._operation import Caller, FileInput
    from modelgates.utils import RetryConfig

    from ..models.stt_input_audio import STTInputAudio
    from ..models.stt_request_provider import STTRequestProvider
    from ..models.stt_response import STTResponse

__all__ = ["Stt", "SttWithRawResponse"]

_CREATE_TRANSCRIPTION = Operation(
    name="stt.create_transcription",
    http="POST /audio/transcriptions",
    module="api.stt.create_audio_transcriptions",
    fields={
        "input_audio": ("body", "input_audio"),
        "model": ("body", "model"),
        "language": ("body", "language"),
        "provider": ("body", "provider"),
        "response_format": ("body", "response_format"),
        "temperature": ("body", "temperature"),
        "timestamp_granularities": ("body", "timestamp_granularities"),
        "file": ("body", "file"),
        "timestamp_granularities_body": ("body", "timestamp_granularities[]"),
    },
    body_class="stt_request:STTRequest",
    multipart_class="create_audio_transcriptions_files_body:CreateAudioTranscriptionsFilesBody",
    multipart_fields={
        "file": "file",
        "model": "model",
        "language": "language",
        "response_format": "response_format",
        "temperature": "temperature",
        "timestamp_granularities[]": "timestamp_granularities",
    },
    multipart_only=("file", "timestamp_granularities[]"),
    multipart_files=("file",),
    whole_body=False,
    required_body=("model",),
    requires_auth=True,
    result_class="stt_response:STTResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Stt:
    """Operations of the ``stt`` group (``client.stt``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> SttWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return SttWithRawResponse(self._core.raw())

    def create_transcription(
        self,
        *,
        model: str,
        input_audio: STTInputAudio | Mapping[str, Any] | None = None,
        language: str | None = None,
        provider: STTRequestProvider | Mapping[str, Any] | None = None,
        response_format: Literal["json", "verbose_json"] | str | None = None,
        temperature: float | None = None,
        timestamp_granularities: Sequence[Literal["segment", "word"] | str]
        | None = None,
        file: FileInput | None = None,
        timestamp_granularities_body: Sequence[Literal["segment", "word"] | str]
        | None = None,
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
    ) -> STTResponse:
        """Create transcription

        Transcribes audio into text. Accepts base64-encoded audio input as JSON or an OpenAI-style multipart/form-data file upload, and returns the transcribed text.

        ``POST /audio/transcriptions`` (operationId ``createAudioTranscriptions``).

        Args:
            input_audio: Base64-encoded audio to transcribe
            model: STT model identifier
            language: ISO-639-1 language code (e.g., "en", "ja"). Auto-detected if omitted.
            provider: Provider-specific passthrough configuration
            response_format: Output format. "json" (default) returns { text, usage }. "verbose_json" additionally returns task, language, duration, and segment-level timestamps; only supported by OpenAI-compatible providers.
            temperature: Sampling temperature for transcription
            timestamp_granularities: Timestamp detail levels to include when response_format is "verbose_json". "segment" returns segment-level timestamps; "word" additionally returns word-level timestamps in the words array. Ignored unless response_format is "verbose_json".
            file: The audio file to transcribe. The format is derived from the filename extension or the file part content type. Max 25 MB; send larger files as base64 JSON via input_audio.
            timestamp_granularities_body: Timestamp detail levels to include when response_format is "verbose_json". "word" additionally returns word-level timestamps in the words array.

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
            "STTResponse",
            self._core.call(
                _CREATE_TRANSCRIPTION,
                {},
                {
                    "input_audio": input_audio,
                    "model": model,
                    "language": language,
                    "provider": provider,
                    "response_format": response_format,
                    "temperature": temperature,
                    "timestamp_granularities": timestamp_granularities,
                    "file": file,
                    "timestamp_granularities[]": timestamp_granularities_body,
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

    async def create_transcription_async(
        self,
        *,
        model: str,
        input_audio: STTInputAudio | Mapping[str, Any] | None = None,
        language: str | None = None,
        provider: STTRequestProvider | Mapping[str, Any] | None = None,
        response_format: Literal["json", "verbose_json"] | str | None = None,
        temperature: float | None = None,
        timestamp_granularities: Sequence[Literal["segment", "word"] | str]
        | None = None,
        file: FileInput | None = None,
        timestamp_granularities_body: Sequence[Literal["segment", "word"] | str]
        | None = None,
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
    ) -> STTResponse:
        """Create transcription

        The async twin of ``create_transcription``.

        Transcribes audio into text. Accepts base64-encoded audio input as JSON or an OpenAI-style multipart/form-data file upload, and returns the transcribed text.

        ``POST /audio/transcriptions`` (operationId ``createAudioTranscriptions``).

        Args:
            input_audio: Base64-encoded audio to transcribe
            model: STT model identifier
            language: ISO-639-1 language code (e.g., "en", "ja"). Auto-detected if omitted.
            provider: Provider-specific passthrough configuration
            response_format: Output format. "json" (default) returns { text, usage }. "verbose_json" additionally returns task, language, duration, and segment-level timestamps; only supported by OpenAI-compatible providers.
            temperature: Sampling temperature for transcription
            timestamp_granularities: Timestamp detail levels to include when response_format is "verbose_json". "segment" returns segment-level timestamps; "word" additionally returns word-level timestamps in the words array. Ignored unless response_format is "verbose_json".
            file: The audio file to transcribe. The format is derived from the filename extension or the file part content type. Max 25 MB; send larger files as base64 JSON via input_audio.
            timestamp_granularities_body: Timestamp detail levels to include when response_format is "verbose_json". "word" additionally returns word-level timestamps in the words array.

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
            "STTResponse",
            await self._core.call_async(
                _CREATE_TRANSCRIPTION,
                {},
                {
                    "input_audio": input_audio,
                    "model": model,
                    "language": language,
                    "provider": provider,
                    "response_format": response_format,
                    "temperature": temperature,
                    "timestamp_granularities": timestamp_granularities,
                    "file": file,
                    "timestamp_granularities[]": timestamp_granularities_body,
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


class SttWithRawResponse:
    """``client.stt.with_raw_response``: the operations of ``Stt``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``create_transcription`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Stt(core)
        self.create_transcription = raw_response(operations.create_transcription)
        self.create_transcription_async = raw_response_async(
            operations.create_transcription_async
        )
