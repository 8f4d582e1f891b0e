from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.video_generation_request_aspect_ratio import (
    VideoGenerationRequestAspectRatio,
    check_video_generation_request_aspect_ratio,
)
from ..models.video_generation_request_resolution import (
    VideoGenerationRequestResolution,
    check_video_generation_request_resolution,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.content_part_audio import ContentPartAudio
    from ..models.content_part_image import ContentPartImage
    from ..models.content_part_video import ContentPartVideo
    from ..models.frame_image import FrameImage
    from ..models.video_generation_request_provider import VideoGenerationRequestProvider
else:
    ContentPartAudio = _LazyModel(globals(), "content_part_audio", "ContentPartAudio")
    ContentPartImage = _LazyModel(globals(), "content_part_image", "ContentPartImage")
    ContentPartVideo = _LazyModel(globals(), "content_part_video", "ContentPartVideo")
    FrameImage = _LazyModel(globals(), "frame_image", "FrameImage")
    VideoGenerationRequestProvider = _LazyModel(
        globals(), "video_generation_request_provider", "VideoGenerationRequestProvider"
    )


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

    _required_ = ("model",)
    _optional_ = (
        ("aspect_ratio", check_video_generation_request_aspect_ratio),
        "callback_url",
        "creativity",
        "duration",
        ("frame_images", _list_field(_model_field(FrameImage))),
        "generate_audio",
        (
            "input_references",
            _list_field(
                _union_field(
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
            ),
        ),
        "prompt",
        ("provider", _model_field(VideoGenerationRequestProvider)),
        ("resolution", check_video_generation_request_resolution),
        "seed",
        "size",
        "upscale_factor",
    )
