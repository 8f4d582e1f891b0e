from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.video_model_supported_aspect_ratios_type_0_item import (
    VideoModelSupportedAspectRatiosType0Item,
    check_video_model_supported_aspect_ratios_type_0_item,
)
from ..models.video_model_supported_frame_images_type_0_item import (
    VideoModelSupportedFrameImagesType0Item,
    check_video_model_supported_frame_images_type_0_item,
)
from ..models.video_model_supported_resolutions_type_0_item import (
    VideoModelSupportedResolutionsType0Item,
    check_video_model_supported_resolutions_type_0_item,
)
from ..models.video_model_supported_sizes_type_0_item import (
    VideoModelSupportedSizesType0Item,
    check_video_model_supported_sizes_type_0_item,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.video_model_pricing_skus_type_0 import VideoModelPricingSkusType0
    from ..models.video_model_upscale_factor_type_0 import VideoModelUpscaleFactorType0
else:
    VideoModelPricingSkusType0 = _LazyModel(globals(), "video_model_pricing_skus_type_0", "VideoModelPricingSkusType0")
    VideoModelUpscaleFactorType0 = _LazyModel(
        globals(), "video_model_upscale_factor_type_0", "VideoModelUpscaleFactorType0"
    )


@_attrs_define(repr=False, eq=False)
class VideoModel(_ModelBase):
    """
    Example:
        {'allowed_passthrough_parameters': [], 'canonical_slug': 'google/veo-3.1', 'created': 1700000000, 'description':
            'Google video generation model', 'generate_audio': True, 'id': 'google/veo-3.1', 'name': 'Veo 3.1',
            'pricing_skus': {'generate': '0.50'}, 'seed': None, 'supported_aspect_ratios': ['16:9'], 'supported_durations':
            [5, 8], 'supported_frame_images': ['first_frame', 'last_frame'], 'supported_resolutions': ['720p'],
            'supported_sizes': None}

    Attributes:
        allowed_passthrough_parameters (list[str]): List of parameters that are allowed to be passed through to the
            provider
        canonical_slug (str): Canonical slug for the model Example: openai/gpt-4.
        created (int): Unix timestamp of when the model was created Example: 1692901234.
        creativity (list[int] | None): Supported creativity levels for video upscaling models
        generate_audio (bool | None): Whether the model supports generating audio alongside video
        id (str): Unique identifier for the model Example: openai/gpt-4.
        name (str): Display name of the model Example: GPT-4.
        seed (bool | None): Whether the model supports deterministic generation via seed parameter
        supported_aspect_ratios (list[VideoModelSupportedAspectRatiosType0Item] | None): Supported output aspect ratios
        supported_durations (list[int] | None): Supported video durations in seconds
        supported_frame_images (list[VideoModelSupportedFrameImagesType0Item] | None): Supported frame image types (e.g.
            first_frame, last_frame)
        supported_resolutions (list[VideoModelSupportedResolutionsType0Item] | None): Supported output resolutions
        supported_sizes (list[VideoModelSupportedSizesType0Item] | None): Supported output sizes (width x height)
        upscale_factor (None | VideoModelUpscaleFactorType0): Supported upscale factor range for video upscaling models
        description (str | Unset): Description of the model Example: GPT-4 is a large multimodal model that can solve
            difficult problems with greater accuracy..
        hugging_face_id (None | str | Unset): Hugging Face model identifier, if applicable Example: microsoft/DialoGPT-
            medium.
        pricing_skus (None | Unset | VideoModelPricingSkusType0): Pricing SKUs with provider prefix stripped, values as
            strings
    """

    allowed_passthrough_parameters: list[str]
    canonical_slug: str
    created: int
    creativity: list[int] | None
    generate_audio: bool | None
    id: str
    name: str
    seed: bool | None
    supported_aspect_ratios: list[VideoModelSupportedAspectRatiosType0Item] | None
    supported_durations: list[int] | None
    supported_frame_images: list[VideoModelSupportedFrameImagesType0Item] | None
    supported_resolutions: list[VideoModelSupportedResolutionsType0Item] | None
    supported_sizes: list[VideoModelSupportedSizesType0Item] | None
    upscale_factor: None | VideoModelUpscaleFactorType0
    description: str | Unset = UNSET
    hugging_face_id: None | str | Unset = UNSET
    pricing_skus: None | Unset | VideoModelPricingSkusType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "allowed_passthrough_parameters",
        "canonical_slug",
        "created",
        ("creativity", _union_field((("list[int]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        (
            "generate_audio",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
        "id",
        "name",
        (
            "seed",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
        (
            "supported_aspect_ratios",
            _union_field(
                (
                    (
                        "list[VideoModelSupportedAspectRatiosType0Item]",
                        _guarded((list,), _list_field(check_video_model_supported_aspect_ratios_type_0_item)),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "supported_durations",
            _union_field((("list[int]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "supported_frame_images",
            _union_field(
                (
                    (
                        "list[VideoModelSupportedFrameImagesType0Item]",
                        _guarded((list,), _list_field(check_video_model_supported_frame_images_type_0_item)),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "supported_resolutions",
            _union_field(
                (
                    (
                        "list[VideoModelSupportedResolutionsType0Item]",
                        _guarded((list,), _list_field(check_video_model_supported_resolutions_type_0_item)),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "supported_sizes",
            _union_field(
                (
                    (
                        "list[VideoModelSupportedSizesType0Item]",
                        _guarded((list,), _list_field(check_video_model_supported_sizes_type_0_item)),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "upscale_factor",
            _union_field(
                (("VideoModelUpscaleFactorType0", VideoModelUpscaleFactorType0),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
    _optional_ = (
        "description",
        (
            "hugging_face_id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "pricing_skus",
            _union_field(
                (("VideoModelPricingSkusType0", VideoModelPricingSkusType0),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
