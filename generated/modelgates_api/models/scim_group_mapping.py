from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_group_mapping_role import ScimGroupMappingRole, check_scim_group_mapping_role
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ScimGroupMapping(_ModelBase):
    """
    Example:
        {'created_at': '2025-08-24T10:30:00.000Z', 'id': '770e8400-e29b-41d4-a716-446655440000', 'organization_id':
            'org_123456', 'role': 'member', 'scim_group_id': '550e8400-e29b-41d4-a716-446655440000', 'updated_at':
            '2025-08-24T10:30:00.000Z', 'workspace_id': '660e8400-e29b-41d4-a716-446655440000'}

    """

    created_at: str
    id: str
    organization_id: str
    role: ScimGroupMappingRole
    scim_group_id: str
    updated_at: str
    workspace_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "created_at",
        "id",
        "organization_id",
        "role",
        "scim_group_id",
        "updated_at",
        "workspace_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "organization_id"
            organization_id = d.pop("organization_id")

            _at_field_ = "role"
            role = check_scim_group_mapping_role(d.pop("role"))

            _at_field_ = "scim_group_id"
            scim_group_id = d.pop("scim_group_id")

            _at_field_ = "updated_at"
            updated_at = d.pop("updated_at")

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        scim_group_mapping = cls(
            created_at=created_at,
            id=id,
            organization_id=organization_id,
            role=role,
            scim_group_id=scim_group_id,
            updated_at=updated_at,
            workspace_id=workspace_id,
        )

        scim_group_mapping.additional_properties = d
        return scim_group_mapping
