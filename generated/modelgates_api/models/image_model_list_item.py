from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.image_model_architecture import ImageModelArchitecture
    from ..models.supported_parameters import SupportedParameters


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

    _json_fields_ = (
        "architecture",
        "created",
        "description",
        "endpoints",
        "id",
        "name",
        "supported_parameters",
        "supports_streaming",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "architecture"
            architecture = ImageModelArchitecture.from_dict(d.pop("architecture"))

            _at_field_ = "created"
            created = d.pop("created")

            _at_field_ = "description"
            description = d.pop("description")

            _at_field_ = "endpoints"
            endpoints = d.pop("endpoints")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "supported_parameters"
            supported_parameters = SupportedParameters.from_dict(d.pop("supported_parameters"))

            _at_field_ = "supports_streaming"
            supports_streaming = d.pop("supports_streaming")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_model_list_item = cls(
            architecture=architecture,
            created=created,
            description=description,
            endpoints=endpoints,
            id=id,
            name=name,
            supported_parameters=supported_parameters,
            supports_streaming=supports_streaming,
        )

        image_model_list_item.additional_properties = d
        return image_model_list_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ImageModelArchitecture = _LazyModel(
        globals(), "modelgates_api.models.image_model_architecture", "ImageModelArchitecture"
    )
    SupportedParameters = _LazyModel(globals(), "modelgates_api.models.supported_parameters", "SupportedParameters")
