from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_member_role import WorkspaceMemberRole, check_workspace_member_role
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "created_at",
        "id",
        "role",
        "user_id",
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

            _at_field_ = "role"
            role = check_workspace_member_role(d.pop("role"))

            _at_field_ = "user_id"
            user_id = d.pop("user_id")

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        workspace_member = cls(
            created_at=created_at,
            id=id,
            role=role,
            user_id=user_id,
            workspace_id=workspace_id,
        )

        workspace_member.additional_properties = d
        return workspace_member
