from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.scim_group_mapping import ScimGroupMapping


T = TypeVar("T", bound="GetScimGroupMappingResponse")


@_attrs_define(repr=False, eq=False)
class GetScimGroupMappingResponse(_ModelBase):
    """
    Attributes:
        data (ScimGroupMapping):  Example: {'created_at': '2025-08-24T10:30:00.000Z', 'id':
            '770e8400-e29b-41d4-a716-446655440000', 'organization_id': 'org_123456', 'role': 'member', 'scim_group_id':
            '550e8400-e29b-41d4-a716-446655440000', 'updated_at': '2025-08-24T10:30:00.000Z', 'workspace_id':
            '660e8400-e29b-41d4-a716-446655440000'}.
    """

    data: ScimGroupMapping
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ScimGroupMapping,) = _lazy_imports()
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (ScimGroupMapping,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = ScimGroupMapping.from_dict(d.pop("data"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_scim_group_mapping_response = cls(
            data=data,
        )

        get_scim_group_mapping_response.additional_properties = d
        return get_scim_group_mapping_response


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.scim_group_mapping import ScimGroupMapping

    return (ScimGroupMapping,)
