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
    from ..models.key_assignment import KeyAssignment
else:
    KeyAssignment = _LazyModel(globals(), "key_assignment", "KeyAssignment")


@_attrs_define(repr=False, eq=False)
class ListKeyAssignmentsResponse(_ModelBase):
    """
    Example:
        {'data': [{'assigned_by': 'user_abc123', 'created_at': '2025-08-24T10:30:00Z', 'guardrail_id':
            '550e8400-e29b-41d4-a716-446655440001', 'id': '550e8400-e29b-41d4-a716-446655440000', 'key_hash':
            'c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93', 'key_label': 'prod-key', 'key_name':
            'Production Key'}], 'total_count': 1}

    Attributes:
        data (list[KeyAssignment]): List of key assignments
        total_count (int): Total number of key assignments for this guardrail Example: 25.
    """

    data: list[KeyAssignment]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("data", _list_field(_model_field(KeyAssignment))),
        "total_count",
    )
