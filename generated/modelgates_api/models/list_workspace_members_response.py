from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.workspace_member import WorkspaceMember
else:
    WorkspaceMember = _LazyModel(globals(), "workspace_member", "WorkspaceMember")


@_attrs_define(repr=False, eq=False)
class ListWorkspaceMembersResponse(_ModelBase):
    """
    Example:
        {'data': [{'created_at': '2025-08-24T10:30:00Z', 'id': '660e8400-e29b-41d4-a716-446655440000', 'role': 'member',
            'user_id': 'user_abc123', 'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}], 'total_count': 1}

    Attributes:
        data (list[WorkspaceMember]): List of workspace members
        total_count (int): Total number of members in the workspace Example: 5.
    """

    data: list[WorkspaceMember]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("data", _list_field(_model_field(WorkspaceMember))),
        "total_count",
    )
