from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "created_at",
        "created_by",
        "default_guardrail_id",
        "default_image_model",
        "default_provider_sort",
        "default_text_model",
        "description",
        "id",
        "io_logging_api_key_ids",
        "io_logging_sampling_rate",
        "is_data_discount_logging_enabled",
        "is_observability_broadcast_enabled",
        "is_observability_io_logging_enabled",
        "name",
        "slug",
        "updated_at",
        "include_byok_in_budgets",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "created_by"
            created_by = d.pop("created_by")
            if not isinstance(created_by, (str, _NoneType)):
                created_by = _parse_union(
                    created_by,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "default_guardrail_id"
            default_guardrail_id = d.pop("default_guardrail_id")

            _at_field_ = "default_image_model"
            default_image_model = d.pop("default_image_model")
            if not isinstance(default_image_model, (str, _NoneType)):
                default_image_model = _parse_union(
                    default_image_model,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "default_provider_sort"
            default_provider_sort = d.pop("default_provider_sort")
            if not isinstance(default_provider_sort, (str, _NoneType)):
                default_provider_sort = _parse_union(
                    default_provider_sort,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "default_text_model"
            default_text_model = d.pop("default_text_model")
            if not isinstance(default_text_model, (str, _NoneType)):
                default_text_model = _parse_union(
                    default_text_model,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "description"
            description = d.pop("description")
            if not isinstance(description, (str, _NoneType)):
                description = _parse_union(
                    description,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "io_logging_api_key_ids"
            io_logging_api_key_ids = d.pop("io_logging_api_key_ids")
            if not isinstance(io_logging_api_key_ids, (_NoneType,)):

                def _io_logging_api_key_ids_member_0(data: object) -> list[int]:
                    if not isinstance(data, list):
                        raise TypeError()
                    io_logging_api_key_ids_type_0 = cast(list[int], data)

                    return io_logging_api_key_ids_type_0

                io_logging_api_key_ids = _parse_union(
                    io_logging_api_key_ids,
                    (("list[int]", _io_logging_api_key_ids_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "io_logging_sampling_rate"
            io_logging_sampling_rate = d.pop("io_logging_sampling_rate")

            _at_field_ = "is_data_discount_logging_enabled"
            is_data_discount_logging_enabled = d.pop("is_data_discount_logging_enabled")

            _at_field_ = "is_observability_broadcast_enabled"
            is_observability_broadcast_enabled = d.pop("is_observability_broadcast_enabled")

            _at_field_ = "is_observability_io_logging_enabled"
            is_observability_io_logging_enabled = d.pop("is_observability_io_logging_enabled")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "slug"
            slug = d.pop("slug")

            _at_field_ = "updated_at"
            updated_at = d.pop("updated_at")
            if not isinstance(updated_at, (str, _NoneType)):
                updated_at = _parse_union(
                    updated_at,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "include_byok_in_budgets"
            include_byok_in_budgets = d.pop("include_byok_in_budgets", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        workspace = cls(
            created_at=created_at,
            created_by=created_by,
            default_guardrail_id=default_guardrail_id,
            default_image_model=default_image_model,
            default_provider_sort=default_provider_sort,
            default_text_model=default_text_model,
            description=description,
            id=id,
            io_logging_api_key_ids=io_logging_api_key_ids,
            io_logging_sampling_rate=io_logging_sampling_rate,
            is_data_discount_logging_enabled=is_data_discount_logging_enabled,
            is_observability_broadcast_enabled=is_observability_broadcast_enabled,
            is_observability_io_logging_enabled=is_observability_io_logging_enabled,
            name=name,
            slug=slug,
            updated_at=updated_at,
            include_byok_in_budgets=include_byok_in_budgets,
        )

        workspace.additional_properties = d
        return workspace
