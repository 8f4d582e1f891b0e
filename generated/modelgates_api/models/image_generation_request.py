from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_generation_request_aspect_ratio import (
    ImageGenerationRequestAspectRatio,
    check_image_generation_request_aspect_ratio,
)
from ..models.image_generation_request_background import (
    ImageGenerationRequestBackground,
    check_image_generation_request_background,
)
from ..models.image_generation_request_output_format import (
    ImageGenerationRequestOutputFormat,
    check_image_generation_request_output_format,
)
from ..models.image_generation_request_quality import (
    ImageGenerationRequestQuality,
    check_image_generation_request_quality,
)
from ..models.image_generation_request_resolution import (
    ImageGenerationRequestResolution,
    check_image_generation_request_resolution,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.content_part_image import ContentPartImage
    from ..models.image_generation_provider_preferences import ImageGenerationProviderPreferences
else:
    ContentPartImage = _LazyModel(globals(), "content_part_image", "ContentPartImage")
    ImageGenerationProviderPreferences = _LazyModel(
        globals(), "image_generation_provider_preferences", "ImageGenerationProviderPreferences"
    )


@_attrs_define(repr=False, eq=False)
class ImageGenerationRequest(_ModelBase):
    """Image generation request input

    Example:
        {'model': 'bytedance-seed/seedream-4.5', 'prompt': 'a red panda astronaut floating in space, studio lighting'}

    Attributes:
        model (str): The image generation model to use Example: bytedance-seed/seedream-4.5.
        prompt (str): Text description of the desired image Example: a red panda astronaut floating in space, studio
            lighting.
        aspect_ratio (ImageGenerationRequestAspectRatio | Unset): Normalized aspect ratio of the generated image.
            Providers clamp to their supported subset. Example: 16:9.
        background (ImageGenerationRequestBackground | Unset): Background treatment. `transparent` requires an
            output_format that supports alpha (png or webp). Example: auto.
        input_references (list[ContentPartImage] | Unset): Reference images to guide image-to-image generation, as
            base64 data URLs or HTTP(S) URLs.
        n (int | Unset): Upper bound on the number of images to generate (1-10). Providers may return fewer images, and
            providers that only support single-image generation reject n > 1. Example: 1.
        output_compression (int | Unset): Compression level (0-100) for webp/jpeg output. Ignored for png and by
            providers without a compression knob. Example: 100.
        output_format (ImageGenerationRequestOutputFormat | Unset): Encoding of the returned image bytes. Most models
            produce raster formats (png, jpeg, webp). SVG is supported by vectorization models (e.g. Quiver) — the SVG
            markup is UTF-8 base64-encoded in `b64_json`. Example: png.
        provider (ImageGenerationProviderPreferences | Unset): Provider routing preferences and provider-specific
            passthrough configuration. Example: {'allow_fallbacks': False, 'only': ['google-ai-studio']}.
        quality (ImageGenerationRequestQuality | Unset): Rendering quality. Providers without a quality knob ignore
            this. Example: high.
        resolution (ImageGenerationRequestResolution | Unset): Normalized resolution tier of the generated image.
            Concrete pixel dimensions are derived per-provider. Example: 2K.
        seed (int | Unset): If specified, the generation will sample deterministically, such that repeated requests with
            the same seed and parameters should return the same result. Determinism is not guaranteed for all providers.
        size (str | Unset): Optional. A convenience shorthand for output dimensions — pass a tier ("2K", "4K") or
            explicit pixels ("2048x2048") and we normalize it to the right dimensions for the chosen provider. A tier size
            is equivalent to setting `resolution` and combines with `aspect_ratio`. An explicit pixel size is authoritative:
            a mismatched `resolution` or `aspect_ratio` alongside it is rejected with a 400. Example: 2K.
        stream (bool | Unset): If true, partial images are streamed as SSE events as they become available. Only
            supported by providers with native streaming (currently OpenAI). Non-streaming providers ignore this flag and
            return a buffered response.
    """

    model: str
    prompt: str
    aspect_ratio: ImageGenerationRequestAspectRatio | Unset = UNSET
    background: ImageGenerationRequestBackground | Unset = UNSET
    input_references: list[ContentPartImage] | Unset = UNSET
    n: int | Unset = UNSET
    output_compression: int | Unset = UNSET
    output_format: ImageGenerationRequestOutputFormat | Unset = UNSET
    provider: ImageGenerationProviderPreferences | Unset = UNSET
    quality: ImageGenerationRequestQuality | Unset = UNSET
    resolution: ImageGenerationRequestResolution | Unset = UNSET
    seed: int | Unset = UNSET
    size: str | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "model",
        "prompt",
    )
    _optional_ = (
        ("aspect_ratio", check_image_generation_request_aspect_ratio),
        ("background", check_image_generation_request_background),
        ("input_references", _list_field(_model_field(ContentPartImage))),
        "n",
        "output_compression",
        ("output_format", check_image_generation_request_output_format),
        ("provider", _model_field(ImageGenerationProviderPreferences)),
        ("quality", check_image_generation_request_quality),
        ("resolution", check_image_generation_request_resolution),
        "seed",
        "size",
        "stream",
    )
