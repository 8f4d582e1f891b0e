from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.scim_group_mapping_role import ScimGroupMappingRole, check_scim_group_mapping_role
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "created_at",
        "id",
        "organization_id",
        ("role", check_scim_group_mapping_role),
        "scim_group_id",
        "updated_at",
        "workspace_id",
    )
