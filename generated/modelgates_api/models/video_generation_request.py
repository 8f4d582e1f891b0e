from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generation_request_aspect_ratio import (
    VideoGenerationRequestAspectRatio,
    check_video_generation_request_aspect_ratio,
)
from ..models.video_generation_request_resolution import (
    VideoGenerationRequestResolution,
    check_video_generation_request_resolution,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.content_part_audio import ContentPartAudio
    from ..models.content_part_image import ContentPartImage
    from ..models.content_part_video import ContentPartVideo
    from ..models.frame_image import FrameImage
    from ..models.video_generation_request_provider import VideoGenerationRequestProvider


@_attrs_define(repr=False, eq=False)
class VideoGenerationRequest(_ModelBase):
    """
    Example:
        {'aspect_ratio': '16:9', 'duration': 8, 'model': 'google/veo-3.1', 'prompt': 'A serene mountain landscape at
            sunset', 'resolution': '720p'}

    Attributes:
        aspect_ratio (VideoGenerationRequestAspectRatio | Unset): Aspect ratio of the generated video Example: 16:9.
        callback_url (str | Unset): URL to receive a webhook notification when the video generation job completes.
            Overrides the workspace-level default callback URL if set. Must be HTTPS. Example: https://example.com/webhook.
        creativity (int | Unset): Creativity level for video upscaling models only. This parameter is not supported by
            video generation models. Example: 1.
        duration (int | Unset): Duration of the generated video in seconds Example: 8.
        frame_images (list[FrameImage] | Unset): Images to use as the first and/or last frame of the generated video.
            Each image must specify a frame_type of first_frame or last_frame.
        generate_audio (bool | Unset): Whether to generate audio alongside the video. Defaults to the endpoint's
            generate_audio capability flag, false if not set. Example: True.
        input_references (list[ContentPartAudio | ContentPartImage | ContentPartVideo] | Unset): Reference assets to
            guide video generation. Accepts image, audio, and video references. Audio and video references are only honored
            by providers that support them (including BytePlus Seedance generation 2 and newer); other providers use image
            references and ignore the rest.
        prompt (str | Unset): Text prompt describing the video to generate. Optional for models that support generating
            a video from image input alone; required by all other models. Example: A serene mountain landscape at sunset.
        provider (VideoGenerationRequestProvider | Unset): Provider-specific passthrough configuration
        resolution (VideoGenerationRequestResolution | Unset): Resolution of the generated video Example: 720p.
        seed (int | Unset): If specified, the generation will sample deterministically, such that repeated requests with
            the same seed and parameters should return the same result. Determinism is not guaranteed for all providers.
        size (str | Unset): Exact pixel dimensions of the generated video in "WIDTHxHEIGHT" format (e.g. "1280x720").
            Interchangeable with resolution + aspect_ratio. Example: 1280x720.
        upscale_factor (float | Unset): Upscale factor for video upscaling models only. This parameter is not supported
            by video generation models. Example: 2.
    """

    model: str
    aspect_ratio: VideoGenerationRequestAspectRatio | Unset = UNSET
    callback_url: str | Unset = UNSET
    creativity: int | Unset = UNSET
    duration: int | Unset = UNSET
    frame_images: list[FrameImage] | Unset = UNSET
    generate_audio: bool | Unset = UNSET
    input_references: list[ContentPartAudio | ContentPartImage | ContentPartVideo] | Unset = UNSET
    prompt: str | Unset = UNSET
    provider: VideoGenerationRequestProvider | Unset = UNSET
    resolution: VideoGenerationRequestResolution | Unset = UNSET
    seed: int | Unset = UNSET
    size: str | Unset = UNSET
    upscale_factor: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "model",
        "aspect_ratio",
        "callback_url",
        "creativity",
        "duration",
        "frame_images",
        "generate_audio",
        "input_references",
        "prompt",
        "provider",
        "resolution",
        "seed",
        "size",
        "upscale_factor",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "aspect_ratio"
            _aspect_ratio = d.pop("aspect_ratio", UNSET)
            aspect_ratio: VideoGenerationRequestAspectRatio | Unset
            if isinstance(_aspect_ratio, Unset):
                aspect_ratio = UNSET
            else:
                aspect_ratio = check_video_generation_request_aspect_ratio(_aspect_ratio)

            _at_field_ = "callback_url"
            callback_url = d.pop("callback_url", UNSET)

            _at_field_ = "creativity"
            creativity = d.pop("creativity", UNSET)

            _at_field_ = "duration"
            duration = d.pop("duration", UNSET)

            _at_field_ = "frame_images"
            _frame_images = d.pop("frame_images", UNSET)
            frame_images: list[FrameImage] | Unset = UNSET
            if _frame_images is not UNSET:
                frame_images = []
                for _frame_images_item_data_index, frame_images_item_data in enumerate(_as_list(_frame_images)):
                    try:
                        frame_images_item = FrameImage.from_dict(frame_images_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _frame_images_item_data_index)
                    frame_images.append(frame_images_item)

            _at_field_ = "generate_audio"
            generate_audio = d.pop("generate_audio", UNSET)

            _at_field_ = "input_references"
            _input_references = d.pop("input_references", UNSET)
            input_references: list[ContentPartAudio | ContentPartImage | ContentPartVideo] | Unset = UNSET
            if _input_references is not UNSET:
                input_references = []
                for _input_references_item_data_index, input_references_item_data in enumerate(
                    _as_list(_input_references)
                ):
                    try:
                        input_references_item = input_references_item_data
                        input_references_item = _parse_union(
                            input_references_item,
                            (
                                ("ContentPartImage", ContentPartImage),
                                ("ContentPartAudio", ContentPartAudio),
                                ("ContentPartVideo", ContentPartVideo),
                            ),
                            tag=(
                                "type",
                                (
                                    "image_url",
                                    "audio_url",
                                    "video_url",
                                ),
                            ),
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _input_references_item_data_index)
                    input_references.append(input_references_item)

            _at_field_ = "prompt"
            prompt = d.pop("prompt", UNSET)

            _at_field_ = "provider"
            _provider = d.pop("provider", UNSET)
            provider: VideoGenerationRequestProvider | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = VideoGenerationRequestProvider.from_dict(_provider)

            _at_field_ = "resolution"
            _resolution = d.pop("resolution", UNSET)
            resolution: VideoGenerationRequestResolution | Unset
            if isinstance(_resolution, Unset):
                resolution = UNSET
            else:
                resolution = check_video_generation_request_resolution(_resolution)

            _at_field_ = "seed"
            seed = d.pop("seed", UNSET)

            _at_field_ = "size"
            size = d.pop("size", UNSET)

            _at_field_ = "upscale_factor"
            upscale_factor = d.pop("upscale_factor", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        video_generation_request = cls(
            model=model,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            creativity=creativity,
            duration=duration,
            frame_images=frame_images,
            generate_audio=generate_audio,
            input_references=input_references,
            prompt=prompt,
            provider=provider,
            resolution=resolution,
            seed=seed,
            size=size,
            upscale_factor=upscale_factor,
        )

        video_generation_request.additional_properties = d
        return video_generation_request


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ContentPartAudio = _LazyModel(globals(), "modelgates_api.models.content_part_audio", "ContentPartAudio")
    ContentPartImage = _LazyModel(globals(), "modelgates_api.models.content_part_image", "ContentPartImage")
    ContentPartVideo = _LazyModel(globals(), "modelgates_api.models.content_part_video", "ContentPartVideo")
    FrameImage = _LazyModel(globals(), "modelgates_api.models.frame_image", "FrameImage")
    VideoGenerationRequestProvider = _LazyModel(
        globals(), "modelgates_api.models.video_generation_request_provider", "VideoGenerationRequestProvider"
    )
