from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.image_pricing_entry import ImagePricingEntry
    from ..models.supported_parameters import SupportedParameters


@_attrs_define(repr=False, eq=False)
class ImageEndpoint(_ModelBase):
    """An endpoint that serves a given image model.

    Example:
        {'allowed_passthrough_parameters': [], 'pricing': [{'billable': 'output_image', 'cost_usd': 0.05, 'unit':
            'image'}], 'provider_name': 'Bytedance', 'provider_slug': 'bytedance', 'provider_tag': 'bytedance',
            'supported_parameters': {'resolution': {'type': 'enum', 'values': ['1K', '2K', '4K']}, 'seed': {'type':
            'boolean'}}, 'supports_streaming': False}

    Attributes:
        allowed_passthrough_parameters (list[str]): Provider-specific options accepted under
            provider.options[provider_slug]. Example: [].
        pricing (list[ImagePricingEntry]): Billable pricing lines for this endpoint. Example: [{'billable':
            'output_image', 'cost_usd': 0.05, 'unit': 'image'}].
        provider_name (str): Provider display name Example: Bytedance.
        provider_slug (str): Provider slug Example: bytedance.
        provider_tag (None | str): Provider tag for request-side selection Example: bytedance.
        supported_parameters (SupportedParameters): Union of supported parameters across every endpoint of this model.
            Coarse discovery aid; the definitive per-endpoint set is behind the endpoints URL. Example:
            {'output_compression': {'max': 100, 'min': 0, 'type': 'range'}, 'resolution': {'type': 'enum', 'values': ['1K',
            '2K', '4K']}, 'seed': {'type': 'boolean'}}.
        supports_streaming (bool): Whether this endpoint supports native SSE streaming (`stream: true` in the request).
            Example: False.
    """

    allowed_passthrough_parameters: list[str]
    pricing: list[ImagePricingEntry]
    provider_name: str
    provider_slug: str
    provider_tag: None | str
    supported_parameters: SupportedParameters
    supports_streaming: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "allowed_passthrough_parameters",
        "pricing",
        "provider_name",
        "provider_slug",
        "provider_tag",
        "supported_parameters",
        "supports_streaming",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "allowed_passthrough_parameters"
            allowed_passthrough_parameters = cast(list[str], d.pop("allowed_passthrough_parameters"))

            _at_field_ = "pricing"
            pricing = []
            _pricing = d.pop("pricing")
            for _pricing_item_data_index, pricing_item_data in enumerate(_as_list(_pricing)):
                try:
                    pricing_item = ImagePricingEntry.from_dict(pricing_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _pricing_item_data_index)
                pricing.append(pricing_item)

            _at_field_ = "provider_name"
            provider_name = d.pop("provider_name")

            _at_field_ = "provider_slug"
            provider_slug = d.pop("provider_slug")

            _at_field_ = "provider_tag"
            provider_tag = d.pop("provider_tag")
            if not isinstance(provider_tag, (str, _NoneType)):
                provider_tag = _parse_union(
                    provider_tag,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "supported_parameters"
            supported_parameters = SupportedParameters.from_dict(d.pop("supported_parameters"))

            _at_field_ = "supports_streaming"
            supports_streaming = d.pop("supports_streaming")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_endpoint = cls(
            allowed_passthrough_parameters=allowed_passthrough_parameters,
            pricing=pricing,
            provider_name=provider_name,
            provider_slug=provider_slug,
            provider_tag=provider_tag,
            supported_parameters=supported_parameters,
            supports_streaming=supports_streaming,
        )

        image_endpoint.additional_properties = d
        return image_endpoint


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ImagePricingEntry = _LazyModel(globals(), "modelgates_api.models.image_pricing_entry", "ImagePricingEntry")
    SupportedParameters = _LazyModel(globals(), "modelgates_api.models.supported_parameters", "SupportedParameters")
