from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.video_model_pricing_skus_type_0 import VideoModelPricingSkusType0
    from ..models.video_model_upscale_factor_type_0 import VideoModelUpscaleFactorType0


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

    _json_fields_ = (
        "allowed_passthrough_parameters",
        "canonical_slug",
        "created",
        "creativity",
        "generate_audio",
        "id",
        "name",
        "seed",
        "supported_aspect_ratios",
        "supported_durations",
        "supported_frame_images",
        "supported_resolutions",
        "supported_sizes",
        "upscale_factor",
        "description",
        "hugging_face_id",
        "pricing_skus",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "allowed_passthrough_parameters"
            allowed_passthrough_parameters = cast(list[str], d.pop("allowed_passthrough_parameters"))

            _at_field_ = "canonical_slug"
            canonical_slug = d.pop("canonical_slug")

            _at_field_ = "created"
            created = d.pop("created")

            _at_field_ = "creativity"
            creativity = d.pop("creativity")
            if not isinstance(creativity, (_NoneType,)):

                def _creativity_member_0(data: object) -> list[int]:
                    if not isinstance(data, list):
                        raise TypeError()
                    creativity_type_0 = cast(list[int], data)

                    return creativity_type_0

                creativity = _parse_union(
                    creativity,
                    (("list[int]", _creativity_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "generate_audio"
            generate_audio = d.pop("generate_audio")
            if not isinstance(generate_audio, (bool, _NoneType)):
                generate_audio = _parse_union(
                    generate_audio,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "seed"
            seed = d.pop("seed")
            if not isinstance(seed, (bool, _NoneType)):
                seed = _parse_union(
                    seed,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "supported_aspect_ratios"
            supported_aspect_ratios = d.pop("supported_aspect_ratios")
            if not isinstance(supported_aspect_ratios, (_NoneType,)):

                def _supported_aspect_ratios_member_0(data: object) -> list[VideoModelSupportedAspectRatiosType0Item]:
                    if not isinstance(data, list):
                        raise TypeError()
                    supported_aspect_ratios_type_0 = []
                    _supported_aspect_ratios_type_0 = data
                    for (
                        _supported_aspect_ratios_type_0_item_data_index,
                        supported_aspect_ratios_type_0_item_data,
                    ) in enumerate(_as_list(_supported_aspect_ratios_type_0)):
                        try:
                            supported_aspect_ratios_type_0_item = check_video_model_supported_aspect_ratios_type_0_item(
                                supported_aspect_ratios_type_0_item_data
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _supported_aspect_ratios_type_0_item_data_index)
                        supported_aspect_ratios_type_0.append(supported_aspect_ratios_type_0_item)

                    return supported_aspect_ratios_type_0

                supported_aspect_ratios = _parse_union(
                    supported_aspect_ratios,
                    (("list[VideoModelSupportedAspectRatiosType0Item]", _supported_aspect_ratios_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "supported_durations"
            supported_durations = d.pop("supported_durations")
            if not isinstance(supported_durations, (_NoneType,)):

                def _supported_durations_member_0(data: object) -> list[int]:
                    if not isinstance(data, list):
                        raise TypeError()
                    supported_durations_type_0 = cast(list[int], data)

                    return supported_durations_type_0

                supported_durations = _parse_union(
                    supported_durations,
                    (("list[int]", _supported_durations_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "supported_frame_images"
            supported_frame_images = d.pop("supported_frame_images")
            if not isinstance(supported_frame_images, (_NoneType,)):

                def _supported_frame_images_member_0(data: object) -> list[VideoModelSupportedFrameImagesType0Item]:
                    if not isinstance(data, list):
                        raise TypeError()
                    supported_frame_images_type_0 = []
                    _supported_frame_images_type_0 = data
                    for (
                        _supported_frame_images_type_0_item_data_index,
                        supported_frame_images_type_0_item_data,
                    ) in enumerate(_as_list(_supported_frame_images_type_0)):
                        try:
                            supported_frame_images_type_0_item = check_video_model_supported_frame_images_type_0_item(
                                supported_frame_images_type_0_item_data
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _supported_frame_images_type_0_item_data_index)
                        supported_frame_images_type_0.append(supported_frame_images_type_0_item)

                    return supported_frame_images_type_0

                supported_frame_images = _parse_union(
                    supported_frame_images,
                    (("list[VideoModelSupportedFrameImagesType0Item]", _supported_frame_images_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "supported_resolutions"
            supported_resolutions = d.pop("supported_resolutions")
            if not isinstance(supported_resolutions, (_NoneType,)):

                def _supported_resolutions_member_0(data: object) -> list[VideoModelSupportedResolutionsType0Item]:
                    if not isinstance(data, list):
                        raise TypeError()
                    supported_resolutions_type_0 = []
                    _supported_resolutions_type_0 = data
                    for (
                        _supported_resolutions_type_0_item_data_index,
                        supported_resolutions_type_0_item_data,
                    ) in enumerate(_as_list(_supported_resolutions_type_0)):
                        try:
                            supported_resolutions_type_0_item = check_video_model_supported_resolutions_type_0_item(
                                supported_resolutions_type_0_item_data
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _supported_resolutions_type_0_item_data_index)
                        supported_resolutions_type_0.append(supported_resolutions_type_0_item)

                    return supported_resolutions_type_0

                supported_resolutions = _parse_union(
                    supported_resolutions,
                    (("list[VideoModelSupportedResolutionsType0Item]", _supported_resolutions_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "supported_sizes"
            supported_sizes = d.pop("supported_sizes")
            if not isinstance(supported_sizes, (_NoneType,)):

                def _supported_sizes_member_0(data: object) -> list[VideoModelSupportedSizesType0Item]:
                    if not isinstance(data, list):
                        raise TypeError()
                    supported_sizes_type_0 = []
                    _supported_sizes_type_0 = data
                    for _supported_sizes_type_0_item_data_index, supported_sizes_type_0_item_data in enumerate(
                        _as_list(_supported_sizes_type_0)
                    ):
                        try:
                            supported_sizes_type_0_item = check_video_model_supported_sizes_type_0_item(
                                supported_sizes_type_0_item_data
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _supported_sizes_type_0_item_data_index)
                        supported_sizes_type_0.append(supported_sizes_type_0_item)

                    return supported_sizes_type_0

                supported_sizes = _parse_union(
                    supported_sizes,
                    (("list[VideoModelSupportedSizesType0Item]", _supported_sizes_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "upscale_factor"
            upscale_factor = d.pop("upscale_factor")
            if not isinstance(upscale_factor, (_NoneType,)):
                upscale_factor = _parse_union(
                    upscale_factor,
                    (("VideoModelUpscaleFactorType0", VideoModelUpscaleFactorType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "description"
            description = d.pop("description", UNSET)

            _at_field_ = "hugging_face_id"
            hugging_face_id = d.pop("hugging_face_id", UNSET)
            if not isinstance(hugging_face_id, (str, _NoneType, Unset)):
                hugging_face_id = _parse_union(
                    hugging_face_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "pricing_skus"
            pricing_skus = d.pop("pricing_skus", UNSET)
            if not isinstance(pricing_skus, (_NoneType, Unset)):
                pricing_skus = _parse_union(
                    pricing_skus,
                    (("VideoModelPricingSkusType0", VideoModelPricingSkusType0),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        video_model = cls(
            allowed_passthrough_parameters=allowed_passthrough_parameters,
            canonical_slug=canonical_slug,
            created=created,
            creativity=creativity,
            generate_audio=generate_audio,
            id=id,
            name=name,
            seed=seed,
            supported_aspect_ratios=supported_aspect_ratios,
            supported_durations=supported_durations,
            supported_frame_images=supported_frame_images,
            supported_resolutions=supported_resolutions,
            supported_sizes=supported_sizes,
            upscale_factor=upscale_factor,
            description=description,
            hugging_face_id=hugging_face_id,
            pricing_skus=pricing_skus,
        )

        video_model.additional_properties = d
        return video_model


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    VideoModelPricingSkusType0 = _LazyModel(
        globals(), "modelgates_api.models.video_model_pricing_skus_type_0", "VideoModelPricingSkusType0"
    )
    VideoModelUpscaleFactorType0 = _LazyModel(
        globals(), "modelgates_api.models.video_model_upscale_factor_type_0", "VideoModelUpscaleFactorType0"
    )
