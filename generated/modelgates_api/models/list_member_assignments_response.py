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
    from ..models.member_assignment import MemberAssignment
else:
    MemberAssignment = _LazyModel(globals(), "member_assignment", "MemberAssignment")


@_attrs_define(repr=False, eq=False)
class ListMemberAssignmentsResponse(_ModelBase):
    """
    Example:
        {'data': [{'assigned_by': 'user_abc123', 'created_at': '2025-08-24T10:30:00Z', 'guardrail_id':
            '550e8400-e29b-41d4-a716-446655440001', 'id': '550e8400-e29b-41d4-a716-446655440000', 'organization_id':
            'org_xyz789', 'user_id': 'user_abc123'}], 'total_count': 1}

    Attributes:
        data (list[MemberAssignment]): List of member assignments
        total_count (int): Total number of member assignments Example: 10.
    """

    data: list[MemberAssignment]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("data", _list_field(_model_field(MemberAssignment))),
        "total_count",
    )
