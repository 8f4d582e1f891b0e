from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.workspace_member_role import WorkspaceMemberRole, check_workspace_member_role
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class WorkspaceMember(_ModelBase):
    """
    Example:
        {'created_at': '2025-08-24T10:30:00Z', 'id': '660e8400-e29b-41d4-a716-446655440000', 'role': 'member',
            'user_id': 'user_abc123', 'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the membership was created Example: 2025-08-24T10:30:00Z.
        id (str): Unique identifier for the workspace membership Example: 660e8400-e29b-41d4-a716-446655440000.
        role (WorkspaceMemberRole): Role of the member in the workspace Example: member.
        user_id (str): Clerk user ID of the member Example: user_abc123.
        workspace_id (str): ID of the workspace Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    created_at: str
    id: str
    role: WorkspaceMemberRole
    user_id: str
    workspace_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "created_at",
        "id",
        ("role", check_workspace_member_role),
        "user_id",
        "workspace_id",
    )
