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
class UpdateWorkspaceRequest(_ModelBase):
    """
    Example:
        {'name': 'Updated Workspace', 'slug': 'updated-workspace'}

    Attributes:
        default_image_model (None | str | Unset): Default image model for this workspace Example: openai/dall-e-3.
        default_provider_sort (None | str | Unset): Default provider sort preference (price, throughput, latency,
            exacto) Example: price.
        default_text_model (None | str | Unset): Default text model for this workspace Example: openai/gpt-4o.
        description (None | str | Unset): New description for the workspace Example: Updated description.
        io_logging_api_key_ids (list[int] | None | Unset): Optional array of API key IDs to filter I/O logging
        io_logging_sampling_rate (float | Unset): Sampling rate for I/O logging (0.0001-1) Example: 1.
        is_data_discount_logging_enabled (bool | Unset): Whether data discount logging is enabled Example: True.
        is_observability_broadcast_enabled (bool | Unset): Whether broadcast is enabled Example: False.
        is_observability_io_logging_enabled (bool | Unset): Whether private logging is enabled Example: False.
        name (str | Unset): New name for the workspace Example: Updated Workspace.
        slug (str | Unset): New URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no
            leading/trailing hyphens) Example: updated-workspace.
    """

    default_image_model: None | str | Unset = UNSET
    default_provider_sort: None | str | Unset = UNSET
    default_text_model: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    io_logging_api_key_ids: list[int] | None | Unset = UNSET
    io_logging_sampling_rate: float | Unset = UNSET
    is_data_discount_logging_enabled: bool | Unset = UNSET
    is_observability_broadcast_enabled: bool | Unset = UNSET
    is_observability_io_logging_enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "default_image_model",
        "default_provider_sort",
        "default_text_model",
        "description",
        "io_logging_api_key_ids",
        "io_logging_sampling_rate",
        "is_data_discount_logging_enabled",
        "is_observability_broadcast_enabled",
        "is_observability_io_logging_enabled",
        "name",
        "slug",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "default_image_model"
            default_image_model = d.pop("default_image_model", UNSET)
            if not isinstance(default_image_model, (str, _NoneType, Unset)):
                default_image_model = _parse_union(
                    default_image_model,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "default_provider_sort"
            default_provider_sort = d.pop("default_provider_sort", UNSET)
            if not isinstance(default_provider_sort, (str, _NoneType, Unset)):
                default_provider_sort = _parse_union(
                    default_provider_sort,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "default_text_model"
            default_text_model = d.pop("default_text_model", UNSET)
            if not isinstance(default_text_model, (str, _NoneType, Unset)):
                default_text_model = _parse_union(
                    default_text_model,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, _NoneType, Unset)):
                description = _parse_union(
                    description,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "io_logging_api_key_ids"
            io_logging_api_key_ids = d.pop("io_logging_api_key_ids", UNSET)
            if not isinstance(io_logging_api_key_ids, (_NoneType, Unset)):

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
            io_logging_sampling_rate = d.pop("io_logging_sampling_rate", UNSET)

            _at_field_ = "is_data_discount_logging_enabled"
            is_data_discount_logging_enabled = d.pop("is_data_discount_logging_enabled", UNSET)

            _at_field_ = "is_observability_broadcast_enabled"
            is_observability_broadcast_enabled = d.pop("is_observability_broadcast_enabled", UNSET)

            _at_field_ = "is_observability_io_logging_enabled"
            is_observability_io_logging_enabled = d.pop("is_observability_io_logging_enabled", UNSET)

            _at_field_ = "name"
            name = d.pop("name", UNSET)

            _at_field_ = "slug"
            slug = d.pop("slug", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        update_workspace_request = cls(
            default_image_model=default_image_model,
            default_provider_sort=default_provider_sort,
            default_text_model=default_text_model,
            description=description,
            io_logging_api_key_ids=io_logging_api_key_ids,
            io_logging_sampling_rate=io_logging_sampling_rate,
            is_data_discount_logging_enabled=is_data_discount_logging_enabled,
            is_observability_broadcast_enabled=is_observability_broadcast_enabled,
            is_observability_io_logging_enabled=is_observability_io_logging_enabled,
            name=name,
            slug=slug,
        )

        update_workspace_request.additional_properties = d
        return update_workspace_request
