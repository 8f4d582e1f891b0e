"""``client.tts``: text to speech, returned as a streamed audio response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ._build import build_body

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ._client import CallOptions, _Core
    from ._retry import RetryConfig
    from ._speech_response import AsyncSpeechResponse, SpeechResponse
    from ._transport import RequestPolicy

__all__ = ["Tts"]


class Tts:
    """Text-to-speech operations (``POST /audio/speech``)."""

    def __init__(self, core: _Core) -> None:
        self._core = core

    def _prepare(
        self, fields: dict[str, Any], options: CallOptions, retries: RetryConfig | None, *, for_async: bool
    ) -> tuple[httpx.Request, RequestPolicy]:
        from modelgates_api.api.tts import create_audio_speech
        from modelgates_api.models.speech_request import SpeechRequest

        body = build_body(SpeechRequest, fields)
        return self._core.prepare(
            body,
            lambda model, authorization: create_audio_speech._get_kwargs(body=model, authorization=authorization),
            options,
            retries,
            for_async=for_async,
            stream=True,
        )

    def create_speech(
        self,
        input: str,
        model: str,
        voice: str,
        provider: Any = None,
        response_format: Literal["mp3", "pcm"] | None = None,
        speed: float | None = None,
        retries: RetryConfig | None = None,
        **options: Unpack[CallOptions],
    ) -> SpeechResponse:
        """Synthesize ``input``; returns a streamed audio response (nothing buffered until asked).

        Errors are raised here, before the response is returned. Read it with ``read()``,
        ``iter_bytes()`` or ``stream_to_file()``; use it as a context manager to close it.
        """
        from ._speech_response import SpeechResponse

        fields: dict[str, Any] = {"input": input, "model": model, "voice": voice}
        fields |= {"provider": provider, "response_format": response_format, "speed": speed}
        request, policy = self._prepare(fields, options, retries, for_async=False)
        return SpeechResponse(self._core.send(request, policy), limits=policy.limits)

    async def create_speech_async(
        self,
        input: str,
        model: str,
        voice: str,
        provider: Any = None,
        response_format: Literal["mp3", "pcm"] | None = None,
        speed: float | None = None,
        retries: RetryConfig | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncSpeechResponse:
        """The async twin of ``create_speech``."""
        from ._speech_response import AsyncSpeechResponse

        fields: dict[str, Any] = {"input": input, "model": model, "voice": voice}
        fields |= {"provider": provider, "response_format": response_format, "speed": speed}
        request, policy = self._prepare(fields, options, retries, for_async=True)
        return AsyncSpeechResponse(await self._core.send_async(request, policy), limits=policy.limits)
