from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.video_model import VideoModel
else:
    VideoModel = _LazyModel(globals(), "video_model", "VideoModel")


@_attrs_define(repr=False, eq=False)
class VideoModelsListResponse(_ModelBase):
    """
    Example:
        {'data': [{'allowed_passthrough_parameters': [], 'canonical_slug': 'google/veo-3.1', 'created': 1700000000,
            'description': 'Google video generation model', 'generate_audio': True, 'id': 'google/veo-3.1', 'name': 'Veo
            3.1', 'pricing_skus': {'generate': '0.50'}, 'seed': None, 'supported_aspect_ratios': ['16:9'],
            'supported_durations': [5, 8], 'supported_frame_images': ['first_frame', 'last_frame'], 'supported_resolutions':
            ['720p'], 'supported_sizes': None}]}

    """

    data: list[VideoModel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _list_field(_model_field(VideoModel))),)
