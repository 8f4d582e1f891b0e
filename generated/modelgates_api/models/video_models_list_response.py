from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.video_model import VideoModel


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

    _json_fields_ = ("data",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for _data_item_data_index, data_item_data in enumerate(_as_list(_data)):
                try:
                    data_item = VideoModel.from_dict(data_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        video_models_list_response = cls(
            data=data,
        )

        video_models_list_response.additional_properties = d
        return video_models_list_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    VideoModel = _LazyModel(globals(), "modelgates_api.models.video_model", "VideoModel")
