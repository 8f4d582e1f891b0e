from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class MemberAssignment(_ModelBase):
    """
    Example:
        {'assigned_by': 'user_abc123', 'created_at': '2025-08-24T10:30:00Z', 'guardrail_id':
            '550e8400-e29b-41d4-a716-446655440001', 'id': '550e8400-e29b-41d4-a716-446655440000', 'organization_id':
            'org_xyz789', 'user_id': 'user_abc123'}

    Attributes:
        assigned_by (None | str): User ID of who made the assignment Example: user_abc123.
        created_at (str): ISO 8601 timestamp of when the assignment was created Example: 2025-08-24T10:30:00Z.
        guardrail_id (str): ID of the guardrail Example: 550e8400-e29b-41d4-a716-446655440001.
        id (str): Unique identifier for the assignment Example: 550e8400-e29b-41d4-a716-446655440000.
        organization_id (str): Organization ID Example: org_xyz789.
        user_id (str): Clerk user ID of the assigned member Example: user_abc123.
    """

    assigned_by: None | str
    created_at: str
    guardrail_id: str
    id: str
    organization_id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "assigned_by",
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
        "created_at",
        "guardrail_id",
        "id",
        "organization_id",
        "user_id",
    )
