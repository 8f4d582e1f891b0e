from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.image_pricing_entry import ImagePricingEntry
    from ..models.supported_parameters import SupportedParameters
else:
    ImagePricingEntry = _LazyModel(globals(), "image_pricing_entry", "ImagePricingEntry")
    SupportedParameters = _LazyModel(globals(), "supported_parameters", "SupportedParameters")


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

    _required_ = (
        "allowed_passthrough_parameters",
        ("pricing", _list_field(_model_field(ImagePricingEntry))),
        "provider_name",
        "provider_slug",
        (
            "provider_tag",
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
        ("supported_parameters", _model_field(SupportedParameters)),
        "supports_streaming",
    )
