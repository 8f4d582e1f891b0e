from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.content_part_image import ContentPartImage
    from ..models.image_generation_provider_preferences import ImageGenerationProviderPreferences


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

    _json_fields_ = (
        "model",
        "prompt",
        "aspect_ratio",
        "background",
        "input_references",
        "n",
        "output_compression",
        "output_format",
        "provider",
        "quality",
        "resolution",
        "seed",
        "size",
        "stream",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "prompt"
            prompt = d.pop("prompt")

            _at_field_ = "aspect_ratio"
            _aspect_ratio = d.pop("aspect_ratio", UNSET)
            aspect_ratio: ImageGenerationRequestAspectRatio | Unset
            if isinstance(_aspect_ratio, Unset):
                aspect_ratio = UNSET
            else:
                aspect_ratio = check_image_generation_request_aspect_ratio(_aspect_ratio)

            _at_field_ = "background"
            _background = d.pop("background", UNSET)
            background: ImageGenerationRequestBackground | Unset
            if isinstance(_background, Unset):
                background = UNSET
            else:
                background = check_image_generation_request_background(_background)

            _at_field_ = "input_references"
            _input_references = d.pop("input_references", UNSET)
            input_references: list[ContentPartImage] | Unset = UNSET
            if _input_references is not UNSET:
                input_references = []
                for _input_references_item_data_index, input_references_item_data in enumerate(
                    _as_list(_input_references)
                ):
                    try:
                        input_references_item = ContentPartImage.from_dict(input_references_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _input_references_item_data_index)
                    input_references.append(input_references_item)

            _at_field_ = "n"
            n = d.pop("n", UNSET)

            _at_field_ = "output_compression"
            output_compression = d.pop("output_compression", UNSET)

            _at_field_ = "output_format"
            _output_format = d.pop("output_format", UNSET)
            output_format: ImageGenerationRequestOutputFormat | Unset
            if isinstance(_output_format, Unset):
                output_format = UNSET
            else:
                output_format = check_image_generation_request_output_format(_output_format)

            _at_field_ = "provider"
            _provider = d.pop("provider", UNSET)
            provider: ImageGenerationProviderPreferences | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = ImageGenerationProviderPreferences.from_dict(_provider)

            _at_field_ = "quality"
            _quality = d.pop("quality", UNSET)
            quality: ImageGenerationRequestQuality | Unset
            if isinstance(_quality, Unset):
                quality = UNSET
            else:
                quality = check_image_generation_request_quality(_quality)

            _at_field_ = "resolution"
            _resolution = d.pop("resolution", UNSET)
            resolution: ImageGenerationRequestResolution | Unset
            if isinstance(_resolution, Unset):
                resolution = UNSET
            else:
                resolution = check_image_generation_request_resolution(_resolution)

            _at_field_ = "seed"
            seed = d.pop("seed", UNSET)

            _at_field_ = "size"
            size = d.pop("size", UNSET)

            _at_field_ = "stream"
            stream = d.pop("stream", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_generation_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            background=background,
            input_references=input_references,
            n=n,
            output_compression=output_compression,
            output_format=output_format,
            provider=provider,
            quality=quality,
            resolution=resolution,
            seed=seed,
            size=size,
            stream=stream,
        )

        image_generation_request.additional_properties = d
        return image_generation_request


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ContentPartImage = _LazyModel(globals(), "modelgates_api.models.content_part_image", "ContentPartImage")
    ImageGenerationProviderPreferences = _LazyModel(
        globals(), "modelgates_api.models.image_generation_provider_preferences", "ImageGenerationProviderPreferences"
    )
