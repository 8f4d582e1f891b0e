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

    from ..models.image_endpoint import ImageEndpoint


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

    _json_fields_ = (
        "endpoints",
        "id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "endpoints"
            endpoints = []
            _endpoints = d.pop("endpoints")
            for _endpoints_item_data_index, endpoints_item_data in enumerate(_as_list(_endpoints)):
                try:
                    endpoints_item = ImageEndpoint.from_dict(endpoints_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _endpoints_item_data_index)
                endpoints.append(endpoints_item)

            _at_field_ = "id"
            id = d.pop("id")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_model_endpoints_response = cls(
            endpoints=endpoints,
            id=id,
        )

        image_model_endpoints_response.additional_properties = d
        return image_model_endpoints_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ImageEndpoint = _LazyModel(globals(), "modelgates_api.models.image_endpoint", "ImageEndpoint")
