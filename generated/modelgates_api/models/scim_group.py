from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ScimGroup(_ModelBase):
    """
    Example:
        {'created_at': '2025-08-24T10:30:00.000Z', 'display_name': 'Engineering', 'external_id': 'group-external-id',
            'id': '550e8400-e29b-41d4-a716-446655440000', 'organization_id': 'org_123456', 'updated_at':
            '2025-08-24T10:30:00.000Z'}

    """

    created_at: str
    display_name: str
    external_id: None | str
    id: str
    organization_id: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "created_at",
        "display_name",
        "external_id",
        "id",
        "organization_id",
        "updated_at",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "display_name"
            display_name = d.pop("display_name")

            _at_field_ = "external_id"
            external_id = d.pop("external_id")
            if not isinstance(external_id, (str, _NoneType)):
                external_id = _parse_union(
                    external_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "organization_id"
            organization_id = d.pop("organization_id")

            _at_field_ = "updated_at"
            updated_at = d.pop("updated_at")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        scim_group = cls(
            created_at=created_at,
            display_name=display_name,
            external_id=external_id,
            id=id,
            organization_id=organization_id,
            updated_at=updated_at,
        )

        scim_group.additional_properties = d
        return scim_group
