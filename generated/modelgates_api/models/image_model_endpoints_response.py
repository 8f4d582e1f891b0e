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
    from ..models.image_endpoint import ImageEndpoint
else:
    ImageEndpoint = _LazyModel(globals(), "image_endpoint", "ImageEndpoint")


@_attrs_define(repr=False, eq=False)
class ImageModelEndpointsResponse(_ModelBase):
    """The full per-endpoint records for an image model.

    Example:
        {'endpoints': [{'allowed_passthrough_parameters': [], 'pricing': [{'billable': 'output_image', 'cost_usd': 0.05,
            'unit': 'image'}], 'provider_name': 'Bytedance', 'provider_slug': 'bytedance', 'provider_tag': 'bytedance',
            'supported_parameters': {'resolution': {'type': 'enum', 'values': ['1K', '2K', '4K']}}, 'supports_streaming':
            False}], 'id': 'bytedance-seed/seedream-4.5'}

    Attributes:
        id (str): Model slug Example: bytedance-seed/seedream-4.5.
    """

    endpoints: list[ImageEndpoint]
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("endpoints", _list_field(_model_field(ImageEndpoint))),
        "id",
    )
