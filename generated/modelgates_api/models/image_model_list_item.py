from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.image_model_architecture import ImageModelArchitecture
    from ..models.supported_parameters import SupportedParameters
else:
    ImageModelArchitecture = _LazyModel(globals(), "image_model_architecture", "ImageModelArchitecture")
    SupportedParameters = _LazyModel(globals(), "supported_parameters", "SupportedParameters")


@_attrs_define(repr=False, eq=False)
class ImageModelListItem(_ModelBase):
    """A single image model in the discovery listing.

    Example:
        {'architecture': {'input_modalities': ['text', 'image'], 'output_modalities': ['image']}, 'created': 1692901234,
            'description': 'A text-to-image model.', 'endpoints': '/api/v1/images/models/bytedance-
            seed/seedream-4.5/endpoints', 'id': 'bytedance-seed/seedream-4.5', 'name': 'Seedream 4.5',
            'supported_parameters': {'resolution': {'type': 'enum', 'values': ['1K', '2K', '4K']}, 'seed': {'type':
            'boolean'}}, 'supports_streaming': False}

    Attributes:
        created (int): Unix timestamp (seconds) of when the model was created Example: 1692901234.
        endpoints (str): Relative URL to the full per-endpoint records for this model Example:
            /api/v1/images/models/bytedance-seed/seedream-4.5/endpoints.
        id (str): Model slug Example: bytedance-seed/seedream-4.5.
        name (str): Display name Example: Seedream 4.5.
        supported_parameters (SupportedParameters): Union of supported parameters across every endpoint of this model.
            Coarse discovery aid; the definitive per-endpoint set is behind the endpoints URL. Example:
            {'output_compression': {'max': 100, 'min': 0, 'type': 'range'}, 'resolution': {'type': 'enum', 'values': ['1K',
            '2K', '4K']}, 'seed': {'type': 'boolean'}}.
        supports_streaming (bool): Whether any endpoint of this model supports native SSE streaming on the dedicated
            Image API (i.e. `stream: true` in the request). OR across endpoints. Example: False.
    """

    architecture: ImageModelArchitecture
    created: int
    description: str
    endpoints: str
    id: str
    name: str
    supported_parameters: SupportedParameters
    supports_streaming: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("architecture", _model_field(ImageModelArchitecture)),
        "created",
        "description",
        "endpoints",
        "id",
        "name",
        ("supported_parameters", _model_field(SupportedParameters)),
        "supports_streaming",
    )
