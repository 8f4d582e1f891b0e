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
class Workspace(_ModelBase):
    """
    Example:
        {'created_at': '2025-08-24T10:30:00Z', 'created_by': 'user_abc123', 'default_guardrail_id':
            '595d5849-7e86-51fd-a7c0-705c34e4afff', 'default_image_model': 'openai/dall-e-3', 'default_provider_sort':
            'price', 'default_text_model': 'openai/gpt-4o', 'description': 'Production environment workspace', 'id':
            '550e8400-e29b-41d4-a716-446655440000', 'include_byok_in_budgets': False, 'io_logging_api_key_ids': None,
            'io_logging_sampling_rate': 1, 'is_data_discount_logging_enabled': True, 'is_observability_broadcast_enabled':
            False, 'is_observability_io_logging_enabled': False, 'name': 'Production', 'slug': 'production', 'updated_at':
            '2025-08-24T15:45:00Z'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the workspace was created Example: 2025-08-24T10:30:00Z.
        created_by (None | str): User ID of the workspace creator Example: user_abc123.
        default_guardrail_id (str): Deterministic ID derived from the workspace ID. The default guardrail is
            materialized when its configuration is first written. Example: 595d5849-7e86-51fd-a7c0-705c34e4afff.
        default_image_model (None | str): Default image model for this workspace Example: openai/dall-e-3.
        default_provider_sort (None | str): Default provider sort preference (price, throughput, latency, exacto)
            Example: price.
        default_text_model (None | str): Default text model for this workspace Example: openai/gpt-4o.
        description (None | str): Description of the workspace Example: Production environment workspace.
        id (str): Unique identifier for the workspace Example: 550e8400-e29b-41d4-a716-446655440000.
        io_logging_api_key_ids (list[int] | None): Optional array of API key IDs to filter I/O logging. Null means all
            keys are logged.
        io_logging_sampling_rate (float): Sampling rate for I/O logging (0.0001-1). 1 means 100% of requests are logged.
            Example: 1.
        is_data_discount_logging_enabled (bool): Whether data discount logging is enabled for this workspace Example:
            True.
        is_observability_broadcast_enabled (bool): Whether broadcast is enabled for this workspace Example: False.
        is_observability_io_logging_enabled (bool): Whether private logging is enabled for this workspace Example:
            False.
        name (str): Name of the workspace Example: Production.
        slug (str): URL-friendly slug for the workspace Example: production.
        updated_at (None | str): ISO 8601 timestamp of when the workspace was last updated Example:
            2025-08-24T15:45:00Z.
        include_byok_in_budgets (bool | Unset): Whether BYOK (bring-your-own-key) spend counts toward this workspace's
            budgets. Set it via the workspace budget endpoints. Example: False.
    """

    created_at: str
    created_by: None | str
    default_guardrail_id: str
    default_image_model: None | str
    default_provider_sort: None | str
    default_text_model: None | str
    description: None | str
    id: str
    io_logging_api_key_ids: list[int] | None
    io_logging_sampling_rate: float
    is_data_discount_logging_enabled: bool
    is_observability_broadcast_enabled: bool
    is_observability_io_logging_enabled: bool
    name: str
    slug: str
    updated_at: None | str
    include_byok_in_budgets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "created_at",
        (
            "created_by",
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
        "default_guardrail_id",
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
        "id",
        (
            "io_logging_api_key_ids",
            _union_field((("list[int]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        "io_logging_sampling_rate",
        "is_data_discount_logging_enabled",
        "is_observability_broadcast_enabled",
        "is_observability_io_logging_enabled",
        "name",
        "slug",
        (
            "updated_at",
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
    )
    _optional_ = ("include_byok_in_budgets",)
