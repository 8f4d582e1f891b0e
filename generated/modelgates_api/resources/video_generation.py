"""``client.video_generation``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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
    from modelgates import AsyncBinaryResponse, BinaryResponse
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.content_part_audio import ContentPartAudio
    from ..models.content_part_image import ContentPartImage
    from ..models.content_part_video import ContentPartVideo
    from ..models.frame_image import FrameImage
    from ..models.video_generation_request_provider import (
        VideoGenerationRequestProvider,
    )
    from ..models.video_generation_response import VideoGenerationResponse
    from ..models.video_models_list_response import VideoModelsListResponse

__all__ = ["VideoGeneration", "VideoGenerationWithRawResponse"]

_GENERATE = Operation(
    name="video_generation.generate",
    http="POST /videos",
    module="api.video_generation.create_videos",
    fields={
        "model": ("body", "model"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "callback_url": ("body", "callback_url"),
        "creativity": ("body", "creativity"),
        "duration": ("body", "duration"),
        "frame_images": ("body", "frame_images"),
        "generate_audio": ("body", "generate_audio"),
        "input_references": ("body", "input_references"),
        "prompt": ("body", "prompt"),
        "provider": ("body", "provider"),
        "resolution": ("body", "resolution"),
        "seed": ("body", "seed"),
        "size": ("body", "size"),
        "upscale_factor": ("body", "upscale_factor"),
    },
    body_class="video_generation_request:VideoGenerationRequest",
    whole_body=False,
    required_body=("model",),
    requires_auth=True,
    result_class="video_generation_response:VideoGenerationResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET_GENERATION = Operation(
    name="video_generation.get_generation",
    http="GET /videos/{jobId}",
    module="api.video_generation.get_videos",
    fields={"jobId": ("path", "jobId")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="video_generation_response:VideoGenerationResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET_VIDEO_CONTENT = Operation(
    name="video_generation.get_video_content",
    http="GET /videos/{jobId}/content",
    module="api.video_generation.list_videos_content",
    fields={"jobId": ("path", "jobId"), "index": ("query", "index")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class=None,
    authorization_param=False,
    result="binary",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_VIDEOS_MODELS = Operation(
    name="video_generation.list_videos_models",
    http="GET /videos/models",
    module="api.video_generation.list_videos_models",
    fields={},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="video_models_list_response:VideoModelsListResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class VideoGeneration:
    """Operations of the ``video_generation`` group (``client.video_generation``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> VideoGenerationWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return VideoGenerationWithRawResponse(self._core.raw())

    def generate(
        self,
        *,
        model: str,
        aspect_ratio: Literal[
            "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"
        ]
        | str
        | None = None,
        callback_url: str | None = None,
        creativity: int | None = None,
        duration: int | None = None,
        frame_images: Sequence[FrameImage | Mapping[str, Any]] | None = None,
        generate_audio: bool | None = None,
        input_references: Sequence[
            ContentPartImage | Mapping[str, Any] | ContentPartAudio | ContentPartVideo
        ]
        | None = None,
        prompt: str | None = None,
        provider: VideoGenerationRequestProvider | Mapping[str, Any] | None = None,
        resolution: Literal["1080p", "1K", "2K", "480p", "4K", "720p", "768p"]
        | str
        | None = None,
        seed: int | None = None,
        size: str | None = None,
        upscale_factor: float | None = None,
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
    ) -> VideoGenerationResponse:
        """Submit a video generation request

        Submits a video generation request and returns a polling URL to check status

        ``POST /videos`` (operationId ``createVideos``).

        Args:
            model: (no description in the spec)
            aspect_ratio: Aspect ratio of the generated video
            callback_url: URL to receive a webhook notification when the video generation job completes. Overrides the workspace-level default callback URL if set. Must be HTTPS.
            creativity: Creativity level for video upscaling models only. This parameter is not supported by video generation models.
            duration: Duration of the generated video in seconds
            frame_images: Images to use as the first and/or last frame of the generated video. Each image must specify a frame_type of first_frame or last_frame.
            generate_audio: Whether to generate audio alongside the video. Defaults to the endpoint's generate_audio capability flag, false if not set.
            input_references: Reference assets to guide video generation. Accepts image, audio, and video references. Audio and video references are only honored by providers that support them (including BytePlus Seedance generation 2 and newer); other providers use image references and ignore the rest.
            prompt: Text prompt describing the video to generate. Optional for models that support generating a video from image input alone; required by all other models.
            provider: Provider-specific passthrough configuration
            resolution: Resolution of the generated video
            seed: If specified, the generation will sample deterministically, such that repeated requests with the same seed and parameters should return the same result. Determinism is not guaranteed for all providers.
            size: Exact pixel dimensions of the generated video in "WIDTHxHEIGHT" format (e.g. "1280x720"). Interchangeable with resolution + aspect_ratio.
            upscale_factor: Upscale factor for video upscaling models only. This parameter is not supported by video generation models.

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
        """
        return cast(
            "VideoGenerationResponse",
            self._core.call(
                _GENERATE,
                {},
                {
                    "model": model,
                    "aspect_ratio": aspect_ratio,
                    "callback_url": callback_url,
                    "creativity": creativity,
                    "duration": duration,
                    "frame_images": frame_images,
                    "generate_audio": generate_audio,
                    "input_references": input_references,
                    "prompt": prompt,
                    "provider": provider,
                    "resolution": resolution,
                    "seed": seed,
                    "size": size,
                    "upscale_factor": upscale_factor,
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

    async def generate_async(
        self,
        *,
        model: str,
        aspect_ratio: Literal[
            "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"
        ]
        | str
        | None = None,
        callback_url: str | None = None,
        creativity: int | None = None,
        duration: int | None = None,
        frame_images: Sequence[FrameImage | Mapping[str, Any]] | None = None,
        generate_audio: bool | None = None,
        input_references: Sequence[
            ContentPartImage | Mapping[str, Any] | ContentPartAudio | ContentPartVideo
        ]
        | None = None,
        prompt: str | None = None,
        provider: VideoGenerationRequestProvider | Mapping[str, Any] | None = None,
        resolution: Literal["1080p", "1K", "2K", "480p", "4K", "720p", "768p"]
        | str
        | None = None,
        seed: int | None = None,
        size: str | None = None,
        upscale_factor: float | None = None,
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
    ) -> VideoGenerationResponse:
        """Submit a video generation request

        The async twin of ``generate``.

        Submits a video generation request and returns a polling URL to check status

        ``POST /videos`` (operationId ``createVideos``).

        Args:
            model: (no description in the spec)
            aspect_ratio: Aspect ratio of the generated video
            callback_url: URL to receive a webhook notification when the video generation job completes. Overrides the workspace-level default callback URL if set. Must be HTTPS.
            creativity: Creativity level for video upscaling models only. This parameter is not supported by video generation models.
            duration: Duration of the generated video in seconds
            frame_images: Images to use as the first and/or last frame of the generated video. Each image must specify a frame_type of first_frame or last_frame.
            generate_audio: Whether to generate audio alongside the video. Defaults to the endpoint's generate_audio capability flag, false if not set.
            input_references: Reference assets to guide video generation. Accepts image, audio, and video references. Audio and video references are only honored by providers that support them (including BytePlus Seedance generation 2 and newer); other providers use image references and ignore the rest.
            prompt: Text prompt describing the video to generate. Optional for models that support generating a video from image input alone; required by all other models.
            provider: Provider-specific passthrough configuration
            resolution: Resolution of the generated video
            seed: If specified, the generation will sample deterministically, such that repeated requests with the same seed and parameters should return the same result. Determinism is not guaranteed for all providers.
            size: Exact pixel dimensions of the generated video in "WIDTHxHEIGHT" format (e.g. "1280x720"). Interchangeable with resolution + aspect_ratio.
            upscale_factor: Upscale factor for video upscaling models only. This parameter is not supported by video generation models.

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
        """
        return cast(
            "VideoGenerationResponse",
            await self._core.call_async(
                _GENERATE,
                {},
                {
                    "model": model,
                    "aspect_ratio": aspect_ratio,
                    "callback_url": callback_url,
                    "creativity": creativity,
                    "duration": duration,
                    "frame_images": frame_images,
                    "generate_audio": generate_audio,
                    "input_references": input_references,
                    "prompt": prompt,
                    "provider": provider,
                    "resolution": resolution,
                    "seed": seed,
                    "size": size,
                    "upscale_factor": upscale_factor,
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

    def get_generation(
        self,
        *,
        jobId: str,
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
    ) -> VideoGenerationResponse:
        """Poll video generation status

        Returns job status and content URLs when completed

        ``GET /videos/{jobId}`` (operationId ``getVideos``).

        Args:
            jobId (path parameter ``jobId``): (no description in the spec)

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
            401: Unauthorized - Authentication required or invalid credentials
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "VideoGenerationResponse",
            self._core.call(
                _GET_GENERATION,
                {"job_id": jobId},
                None,
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

    async def get_generation_async(
        self,
        *,
        jobId: str,
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
    ) -> VideoGenerationResponse:
        """Poll video generation status

        The async twin of ``get_generation``.

        Returns job status and content URLs when completed

        ``GET /videos/{jobId}`` (operationId ``getVideos``).

        Args:
            jobId (path parameter ``jobId``): (no description in the spec)

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
            401: Unauthorized - Authentication required or invalid credentials
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "VideoGenerationResponse",
            await self._core.call_async(
                _GET_GENERATION,
                {"job_id": jobId},
                None,
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

    def get_video_content(
        self,
        *,
        jobId: str,
        index: int | None = None,
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
        """Download generated video content

        Streams the generated video content from the upstream provider

        ``GET /videos/{jobId}/content`` (operationId ``listVideosContent``).

        Args:
            jobId (path parameter ``jobId``): (no description in the spec)
            index (query parameter ``index``): (no description in the spec) Default: ``0``.

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
        """
        return cast(
            "BinaryResponse",
            self._core.call(
                _GET_VIDEO_CONTENT,
                {"job_id": jobId, "index": index},
                None,
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

    async def get_video_content_async(
        self,
        *,
        jobId: str,
        index: int | None = None,
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
        """Download generated video content

        The async twin of ``get_video_content``.

        Streams the generated video content from the upstream provider

        ``GET /videos/{jobId}/content`` (operationId ``listVideosContent``).

        Args:
            jobId (path parameter ``jobId``): (no description in the spec)
            index (query parameter ``index``): (no description in the spec) Default: ``0``.

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
        """
        return cast(
            "AsyncBinaryResponse",
            await self._core.call_async(
                _GET_VIDEO_CONTENT,
                {"job_id": jobId, "index": index},
                None,
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

    def list_videos_models(
        self,
        *,
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
    ) -> VideoModelsListResponse:
        """List all video generation models

        Returns a list of all available video generation models and their properties

        ``GET /videos/models`` (operationId ``listVideosModels``).

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "VideoModelsListResponse",
            self._core.call(
                _LIST_VIDEOS_MODELS,
                {},
                None,
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

    async def list_videos_models_async(
        self,
        *,
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
    ) -> VideoModelsListResponse:
        """List all video generation models

        The async twin of ``list_videos_models``.

        Returns a list of all available video generation models and their properties

        ``GET /videos/models`` (operationId ``listVideosModels``).

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "VideoModelsListResponse",
            await self._core.call_async(
                _LIST_VIDEOS_MODELS,
                {},
                None,
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


class VideoGenerationWithRawResponse:
    """``client.video_generation.with_raw_response``: the operations of ``VideoGeneration``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``generate``, ``get_generation``, ``get_video_content``, ``list_videos_models`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = VideoGeneration(core)
        self.generate = raw_response(operations.generate)
        self.generate_async = raw_response_async(operations.generate_async)
        self.get_generation = raw_response(operations.get_generation)
        self.get_generation_async = raw_response_async(operations.get_generation_async)
        self.get_video_content = raw_response(operations.get_video_content)
        self.get_video_content_async = raw_response_async(
            operations.get_video_content_async
        )
        self.list_videos_models = raw_response(operations.list_videos_models)
        self.list_videos_models_async = raw_response_async(
            operations.list_videos_models_async
        )
