"""``client.images``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    from modelgates import AsyncEventStream, EventStream
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.content_part_image import ContentPartImage
    from ..models.image_generation_provider_preferences import (
        ImageGenerationProviderPreferences,
    )
    from ..models.image_generation_response import ImageGenerationResponse
    from ..models.image_model_endpoints_response import ImageModelEndpointsResponse
    from ..models.image_models_list_response import ImageModelsListResponse
    from ..models.image_streaming_response import ImageStreamingResponse

__all__ = ["Images", "ImagesWithRawResponse"]

_GENERATE = Operation(
    name="images.generate",
    http="POST /images",
    module="api.images.create_images",
    fields={
        "model": ("body", "model"),
        "prompt": ("body", "prompt"),
        "aspect_ratio": ("body", "aspect_ratio"),
        "background": ("body", "background"),
        "input_references": ("body", "input_references"),
        "n": ("body", "n"),
        "output_compression": ("body", "output_compression"),
        "output_format": ("body", "output_format"),
        "provider": ("body", "provider"),
        "quality": ("body", "quality"),
        "resolution": ("body", "resolution"),
        "seed": ("body", "seed"),
        "size": ("body", "size"),
        "stream": ("body", "stream"),
    },
    body_class="image_generation_request:ImageGenerationRequest",
    whole_body=False,
    required_body=("model", "prompt"),
    requires_auth=True,
    result_class="image_generation_response:ImageGenerationResponse",
    authorization_param=False,
    result="json",
    events_class="image_streaming_response:ImageStreamingResponse",
    events_envelope=True,
    stream_field="stream",
)

_LIST_MODELS = Operation(
    name="images.list_models",
    http="GET /images/models",
    module="api.images.list_image_models",
    fields={},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="image_models_list_response:ImageModelsListResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_MODEL_ENDPOINTS = Operation(
    name="images.list_model_endpoints",
    http="GET /images/models/{author}/{slug}/endpoints",
    module="api.images.list_image_model_endpoints",
    fields={"author": ("path", "author"), "slug": ("path", "slug")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="image_model_endpoints_response:ImageModelEndpointsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Images:
    """Operations of the ``images`` group (``client.images``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return ImagesWithRawResponse(self._core.raw())

    @overload
    def generate(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: Literal[
            "16:9",
            "19.5:9",
            "1:1",
            "1:2",
            "1:4",
            "1:8",
            "20:9",
            "21:9",
            "2:1",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "9:19.5",
            "9:20",
            "9:21",
            "auto",
        ]
        | str
        | None = None,
        background: Literal["auto", "opaque", "transparent"] | str | None = None,
        input_references: Sequence[ContentPartImage | Mapping[str, Any]] | None = None,
        n: int | None = None,
        output_compression: int | None = None,
        output_format: Literal["jpeg", "png", "svg", "webp"] | str | None = None,
        provider: ImageGenerationProviderPreferences | Mapping[str, Any] | None = None,
        quality: Literal["auto", "high", "low", "medium"] | str | None = None,
        resolution: Literal["1K", "2K", "4K", "512"] | str | None = None,
        seed: int | None = None,
        size: str | None = None,
        stream: Literal[False] = False,
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
    ) -> ImageGenerationResponse: ...

    @overload
    def generate(
        self,
        *,
        model: str,
        prompt: str,
        stream: Literal[True],
        aspect_ratio: Literal[
            "16:9",
            "19.5:9",
            "1:1",
            "1:2",
            "1:4",
            "1:8",
            "20:9",
            "21:9",
            "2:1",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "9:19.5",
            "9:20",
            "9:21",
            "auto",
        ]
        | str
        | None = None,
        background: Literal["auto", "opaque", "transparent"] | str | None = None,
        input_references: Sequence[ContentPartImage | Mapping[str, Any]] | None = None,
        n: int | None = None,
        output_compression: int | None = None,
        output_format: Literal["jpeg", "png", "svg", "webp"] | str | None = None,
        provider: ImageGenerationProviderPreferences | Mapping[str, Any] | None = None,
        quality: Literal["auto", "high", "low", "medium"] | str | None = None,
        resolution: Literal["1K", "2K", "4K", "512"] | str | None = None,
        seed: int | None = None,
        size: str | None = None,
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
    ) -> EventStream[ImageStreamingResponse]: ...

    @overload
    def generate(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: Literal[
            "16:9",
            "19.5:9",
            "1:1",
            "1:2",
            "1:4",
            "1:8",
            "20:9",
            "21:9",
            "2:1",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "9:19.5",
            "9:20",
            "9:21",
            "auto",
        ]
        | str
        | None = None,
        background: Literal["auto", "opaque", "transparent"] | str | None = None,
        input_references: Sequence[ContentPartImage | Mapping[str, Any]] | None = None,
        n: int | None = None,
        output_compression: int | None = None,
        output_format: Literal["jpeg", "png", "svg", "webp"] | str | None = None,
        provider: ImageGenerationProviderPreferences | Mapping[str, Any] | None = None,
        quality: Literal["auto", "high", "low", "medium"] | str | None = None,
        resolution: Literal["1K", "2K", "4K", "512"] | str | None = None,
        seed: int | None = None,
        size: str | None = None,
        stream: bool = False,
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
    ) -> ImageGenerationResponse | EventStream[ImageStreamingResponse]: ...

    def generate(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: Literal[
            "16:9",
            "19.5:9",
            "1:1",
            "1:2",
            "1:4",
            "1:8",
            "20:9",
            "21:9",
            "2:1",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "9:19.5",
            "9:20",
            "9:21",
            "auto",
        ]
        | str
        | None = None,
        background: Literal["auto", "opaque", "transparent"] | str | None = None,
        input_references: Sequence[ContentPartImage | Mapping[str, Any]] | None = None,
        n: int | None = None,
        output_compression: int | None = None,
        output_format: Literal["jpeg", "png", "svg", "webp"] | str | None = None,
        provider: ImageGenerationProviderPreferences | Mapping[str, Any] | None = None,
        quality: Literal["auto", "high", "low", "medium"] | str | None = None,
        resolution: Literal["1K", "2K", "4K", "512"] | str | None = None,
        seed: int | None = None,
        size: str | None = None,
        stream: bool = False,
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
    ) -> ImageGenerationResponse | EventStream[ImageStreamingResponse]:
        """Generate an image

        Generates an image from a text prompt via the image generation router

        ``POST /images`` (operationId ``createImages``).

        Args:
            model: The image generation model to use
            prompt: Text description of the desired image
            aspect_ratio: Normalized aspect ratio of the generated image. Providers clamp to their supported subset.
            background: Background treatment. `transparent` requires an output_format that supports alpha (png or webp).
            input_references: Reference images to guide image-to-image generation, as base64 data URLs or HTTP(S) URLs.
            n: Upper bound on the number of images to generate (1-10). Providers may return fewer images, and providers that only support single-image generation reject n > 1.
            output_compression: Compression level (0-100) for webp/jpeg output. Ignored for png and by providers without a compression knob.
            output_format: Encoding of the returned image bytes. Most models produce raster formats (png, jpeg, webp). SVG is supported by vectorization models (e.g. Quiver) — the SVG markup is UTF-8 base64-encoded in `b64_json`.
            provider: Provider routing preferences and provider-specific passthrough configuration.
            quality: Rendering quality. Providers without a quality knob ignore this.
            resolution: Normalized resolution tier of the generated image. Concrete pixel dimensions are derived per-provider.
            seed: If specified, the generation will sample deterministically, such that repeated requests with the same seed and parameters should return the same result. Determinism is not guaranteed for all providers.
            size: Optional. A convenience shorthand for output dimensions — pass a tier ("2K", "4K") or explicit pixels ("2048x2048") and we normalize it to the right dimensions for the chosen provider. A tier size is equivalent to setting `resolution` and combines with `aspect_ratio`. An explicit pixel size is authoritative: a mismatched `resolution` or `aspect_ratio` alongside it is rejected with a 400.
            stream: If true, partial images are streamed as SSE events as they become available. Only supported by providers with native streaming (currently OpenAI). Non-streaming providers ignore this flag and return a buffered response.

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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            413: Payload Too Large - Request payload exceeds size limits
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "ImageGenerationResponse | EventStream[ImageStreamingResponse]",
            self._core.call(
                _GENERATE,
                {},
                {
                    "model": model,
                    "prompt": prompt,
                    "aspect_ratio": aspect_ratio,
                    "background": background,
                    "input_references": input_references,
                    "n": n,
                    "output_compression": output_compression,
                    "output_format": output_format,
                    "provider": provider,
                    "quality": quality,
                    "resolution": resolution,
                    "seed": seed,
                    "size": size,
                    "stream": stream,
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

    @overload
    async def generate_async(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: Literal[
            "16:9",
            "19.5:9",
            "1:1",
            "1:2",
            "1:4",
            "1:8",
            "20:9",
            "21:9",
            "2:1",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "9:19.5",
            "9:20",
            "9:21",
            "auto",
        ]
        | str
        | None = None,
        background: Literal["auto", "opaque", "transparent"] | str | None = None,
        input_references: Sequence[ContentPartImage | Mapping[str, Any]] | None = None,
        n: int | None = None,
        output_compression: int | None = None,
        output_format: Literal["jpeg", "png", "svg", "webp"] | str | None = None,
        provider: ImageGenerationProviderPreferences | Mapping[str, Any] | None = None,
        quality: Literal["auto", "high", "low", "medium"] | str | None = None,
        resolution: Literal["1K", "2K", "4K", "512"] | str | None = None,
        seed: int | None = None,
        size: str | None = None,
        stream: Literal[False] = False,
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
    ) -> ImageGenerationResponse: ...

    @overload
    async def generate_async(
        self,
        *,
        model: str,
        prompt: str,
        stream: Literal[True],
        aspect_ratio: Literal[
            "16:9",
            "19.5:9",
            "1:1",
            "1:2",
            "1:4",
            "1:8",
            "20:9",
            "21:9",
            "2:1",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "9:19.5",
            "9:20",
            "9:21",
            "auto",
        ]
        | str
        | None = None,
        background: Literal["auto", "opaque", "transparent"] | str | None = None,
        input_references: Sequence[ContentPartImage | Mapping[str, Any]] | None = None,
        n: int | None = None,
        output_compression: int | None = None,
        output_format: Literal["jpeg", "png", "svg", "webp"] | str | None = None,
        provider: ImageGenerationProviderPreferences | Mapping[str, Any] | None = None,
        quality: Literal["auto", "high", "low", "medium"] | str | None = None,
        resolution: Literal["1K", "2K", "4K", "512"] | str | None = None,
        seed: int | None = None,
        size: str | None = None,
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
    ) -> AsyncEventStream[ImageStreamingResponse]: ...

    @overload
    async def generate_async(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: Literal[
            "16:9",
            "19.5:9",
            "1:1",
            "1:2",
            "1:4",
            "1:8",
            "20:9",
            "21:9",
            "2:1",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "9:19.5",
            "9:20",
            "9:21",
            "auto",
        ]
        | str
        | None = None,
        background: Literal["auto", "opaque", "transparent"] | str | None = None,
        input_references: Sequence[ContentPartImage | Mapping[str, Any]] | None = None,
        n: int | None = None,
        output_compression: int | None = None,
        output_format: Literal["jpeg", "png", "svg", "webp"] | str | None = None,
        provider: ImageGenerationProviderPreferences | Mapping[str, Any] | None = None,
        quality: Literal["auto", "high", "low", "medium"] | str | None = None,
        resolution: Literal["1K", "2K", "4K", "512"] | str | None = None,
        seed: int | None = None,
        size: str | None = None,
        stream: bool = False,
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
    ) -> ImageGenerationResponse | AsyncEventStream[ImageStreamingResponse]: ...

    async def generate_async(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: Literal[
            "16:9",
            "19.5:9",
            "1:1",
            "1:2",
            "1:4",
            "1:8",
            "20:9",
            "21:9",
            "2:1",
            "2:3",
            "3:2",
            "3:4",
            "4:1",
            "4:3",
            "4:5",
            "5:4",
            "8:1",
            "9:16",
            "9:19.5",
            "9:20",
            "9:21",
            "auto",
        ]
        | str
        | None = None,
        background: Literal["auto", "opaque", "transparent"] | str | None = None,
        input_references: Sequence[ContentPartImage | Mapping[str, Any]] | None = None,
        n: int | None = None,
        output_compression: int | None = None,
        output_format: Literal["jpeg", "png", "svg", "webp"] | str | None = None,
        provider: ImageGenerationProviderPreferences | Mapping[str, Any] | None = None,
        quality: Literal["auto", "high", "low", "medium"] | str | None = None,
        resolution: Literal["1K", "2K", "4K", "512"] | str | None = None,
        seed: int | None = None,
        size: str | None = None,
        stream: bool = False,
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
    ) -> ImageGenerationResponse | AsyncEventStream[ImageStreamingResponse]:
        """Generate an image

        The async twin of ``generate``.

        Generates an image from a text prompt via the image generation router

        ``POST /images`` (operationId ``createImages``).

        Args:
            model: The image generation model to use
            prompt: Text description of the desired image
            aspect_ratio: Normalized aspect ratio of the generated image. Providers clamp to their supported subset.
            background: Background treatment. `transparent` requires an output_format that supports alpha (png or webp).
            input_references: Reference images to guide image-to-image generation, as base64 data URLs or HTTP(S) URLs.
            n: Upper bound on the number of images to generate (1-10). Providers may return fewer images, and providers that only support single-image generation reject n > 1.
            output_compression: Compression level (0-100) for webp/jpeg output. Ignored for png and by providers without a compression knob.
            output_format: Encoding of the returned image bytes. Most models produce raster formats (png, jpeg, webp). SVG is supported by vectorization models (e.g. Quiver) — the SVG markup is UTF-8 base64-encoded in `b64_json`.
            provider: Provider routing preferences and provider-specific passthrough configuration.
            quality: Rendering quality. Providers without a quality knob ignore this.
            resolution: Normalized resolution tier of the generated image. Concrete pixel dimensions are derived per-provider.
            seed: If specified, the generation will sample deterministically, such that repeated requests with the same seed and parameters should return the same result. Determinism is not guaranteed for all providers.
            size: Optional. A convenience shorthand for output dimensions — pass a tier ("2K", "4K") or explicit pixels ("2048x2048") and we normalize it to the right dimensions for the chosen provider. A tier size is equivalent to setting `resolution` and combines with `aspect_ratio`. An explicit pixel size is authoritative: a mismatched `resolution` or `aspect_ratio` alongside it is rejected with a 400.
            stream: If true, partial images are streamed as SSE events as they become available. Only supported by providers with native streaming (currently OpenAI). Non-streaming providers ignore this flag and return a buffered response.

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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            413: Payload Too Large - Request payload exceeds size limits
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "ImageGenerationResponse | AsyncEventStream[ImageStreamingResponse]",
            await self._core.call_async(
                _GENERATE,
                {},
                {
                    "model": model,
                    "prompt": prompt,
                    "aspect_ratio": aspect_ratio,
                    "background": background,
                    "input_references": input_references,
                    "n": n,
                    "output_compression": output_compression,
                    "output_format": output_format,
                    "provider": provider,
                    "quality": quality,
                    "resolution": resolution,
                    "seed": seed,
                    "size": size,
                    "stream": stream,
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

    def list_models(
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
    ) -> ImageModelsListResponse:
        """List image generation models

        Lists every image generation model with its top-level supported-parameter superset and a URL to its full per-endpoint records.

        ``GET /images/models`` (operationId ``listImageModels``).

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ImageModelsListResponse",
            self._core.call(
                _LIST_MODELS,
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

    async def list_models_async(
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
    ) -> ImageModelsListResponse:
        """List image generation models

        The async twin of ``list_models``.

        Lists every image generation model with its top-level supported-parameter superset and a URL to its full per-endpoint records.

        ``GET /images/models`` (operationId ``listImageModels``).

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ImageModelsListResponse",
            await self._core.call_async(
                _LIST_MODELS,
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

    def list_model_endpoints(
        self,
        *,
        author: str,
        slug: str,
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
    ) -> ImageModelEndpointsResponse:
        """List endpoints for an image model

        Returns the full per-endpoint records for an image model: each endpoint's definitive supported parameters, pricing, and passthrough allowlist.

        ``GET /images/models/{author}/{slug}/endpoints`` (operationId ``listImageModelEndpoints``).

        Args:
            author (path parameter ``author``): Model author/organization
            slug (path parameter ``slug``): Model slug

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ImageModelEndpointsResponse",
            self._core.call(
                _LIST_MODEL_ENDPOINTS,
                {"author": author, "slug": slug},
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

    async def list_model_endpoints_async(
        self,
        *,
        author: str,
        slug: str,
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
    ) -> ImageModelEndpointsResponse:
        """List endpoints for an image model

        The async twin of ``list_model_endpoints``.

        Returns the full per-endpoint records for an image model: each endpoint's definitive supported parameters, pricing, and passthrough allowlist.

        ``GET /images/models/{author}/{slug}/endpoints`` (operationId ``listImageModelEndpoints``).

        Args:
            author (path parameter ``author``): Model author/organization
            slug (path parameter ``slug``): Model slug

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
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ImageModelEndpointsResponse",
            await self._core.call_async(
                _LIST_MODEL_ENDPOINTS,
                {"author": author, "slug": slug},
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


class ImagesWithRawResponse:
    """``client.images.with_raw_response``: the operations of ``Images``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``generate``, ``list_models``, ``list_model_endpoints`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Images(core)
        self.generate = raw_response(operations.generate)
        self.generate_async = raw_response_async(operations.generate_async)
        self.list_models = raw_response(operations.list_models)
        self.list_models_async = raw_response_async(operations.list_models_async)
        self.list_model_endpoints = raw_response(operations.list_model_endpoints)
        self.list_model_endpoints_async = raw_response_async(
            operations.list_model_endpoints_async
        )
