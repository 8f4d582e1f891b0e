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
    from ..models.image_model_list_item import ImageModelListItem
else:
    ImageModelListItem = _LazyModel(globals(), "image_model_list_item", "ImageModelListItem")


@_attrs_define(repr=False, eq=False)
class ImageModelsListResponse(_ModelBase):
    """List of image generation models.

    Example:
        {'data': [{'architecture': {'input_modalities': ['text'], 'output_modalities': ['image']}, 'created':
            1692901234, 'description': 'A text-to-image model.', 'endpoints': '/api/v1/images/models/bytedance-
            seed/seedream-4.5/endpoints', 'id': 'bytedance-seed/seedream-4.5', 'name': 'Seedream 4.5',
            'supported_parameters': {'resolution': {'type': 'enum', 'values': ['1K', '2K', '4K']}}, 'supports_streaming':
            False}]}

    """

    data: list[ImageModelListItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _list_field(_model_field(ImageModelListItem))),)
