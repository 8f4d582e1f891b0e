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

    _json_fields_ = (
        "assigned_by",
        "created_at",
        "guardrail_id",
        "id",
        "key_hash",
        "key_label",
        "key_name",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "assigned_by"
            assigned_by = d.pop("assigned_by")
            if not isinstance(assigned_by, (str, _NoneType)):
                assigned_by = _parse_union(
                    assigned_by,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "guardrail_id"
            guardrail_id = d.pop("guardrail_id")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "key_hash"
            key_hash = d.pop("key_hash")

            _at_field_ = "key_label"
            key_label = d.pop("key_label")

            _at_field_ = "key_name"
            key_name = d.pop("key_name")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        key_assignment = cls(
            assigned_by=assigned_by,
            created_at=created_at,
            guardrail_id=guardrail_id,
            id=id,
            key_hash=key_hash,
            key_label=key_label,
            key_name=key_name,
        )

        key_assignment.additional_properties = d
        return key_assignment
