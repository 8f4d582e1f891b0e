from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class KeyAssignment(_ModelBase):
    """
    Example:
        {'assigned_by': 'user_abc123', 'created_at': '2025-08-24T10:30:00Z', 'guardrail_id':
            '550e8400-e29b-41d4-a716-446655440001', 'id': '550e8400-e29b-41d4-a716-446655440000', 'key_hash':
            'c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93', 'key_label': 'prod-key', 'key_name':
            'Production Key'}

    Attributes:
        assigned_by (None | str): User ID of who made the assignment Example: user_abc123.
        created_at (str): ISO 8601 timestamp of when the assignment was created Example: 2025-08-24T10:30:00Z.
        guardrail_id (str): ID of the guardrail Example: 550e8400-e29b-41d4-a716-446655440001.
        id (str): Unique identifier for the assignment Example: 550e8400-e29b-41d4-a716-446655440000.
        key_hash (str): Hash of the assigned API key Example:
            c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93.
        key_label (str): Label of the API key Example: prod-key.
        key_name (str): Name of the API key Example: Production Key.
    """

    assigned_by: None | str
    created_at: str
    guardrail_id: str
    id: str
    key_hash: str
    key_label: str
    key_name: str
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
        "key_hash",
        "key_label",
        "key_name",
    )
