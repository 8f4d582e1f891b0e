from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class CreateWorkspaceRequest(_ModelBase):
    """
    Example:
        {'default_image_model': 'openai/dall-e-3', 'default_provider_sort': 'price', 'default_text_model':
            'openai/gpt-4o', 'description': 'Production environment workspace', 'name': 'Production', 'slug': 'production'}

    Attributes:
        name (str): Name for the new workspace Example: Production.
        slug (str): URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no leading/trailing
            hyphens) Example: production.
        default_image_model (None | str | Unset): Default image model for this workspace Example: openai/dall-e-3.
        default_provider_sort (None | str | Unset): Default provider sort preference (price, throughput, latency,
            exacto) Example: price.
        default_text_model (None | str | Unset): Default text model for this workspace Example: openai/gpt-4o.
        description (None | str | Unset): Description of the workspace Example: Production environment workspace.
        io_logging_api_key_ids (list[int] | None | Unset): Optional array of API key IDs to filter I/O logging
        io_logging_sampling_rate (float | Unset): Sampling rate for I/O logging (0.0001-1) Example: 1.
        is_data_discount_logging_enabled (bool | Unset): Whether data discount logging is enabled Example: True.
        is_observability_broadcast_enabled (bool | Unset): Whether broadcast is enabled Example: False.
        is_observability_io_logging_enabled (bool | Unset): Whether private logging is enabled Example: False.
    """

    name: str
    slug: str
    default_image_model: None | str | Unset = UNSET
    default_provider_sort: None | str | Unset = UNSET
    default_text_model: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    io_logging_api_key_ids: list[int] | None | Unset = UNSET
    io_logging_sampling_rate: float | Unset = UNSET
    is_data_discount_logging_enabled: bool | Unset = UNSET
    is_observability_broadcast_enabled: bool | Unset = UNSET
    is_observability_io_logging_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        "slug",
    )
    _optional_ = (
        (
            "default_image_model",
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
        (
            "default_provider_sort",
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
        (
            "default_text_model",
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
        (
            "description",
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
        (
            "io_logging_api_key_ids",
            _union_field((("list[int]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        "io_logging_sampling_rate",
        "is_data_discount_logging_enabled",
        "is_observability_broadcast_enabled",
        "is_observability_io_logging_enabled",
    )
