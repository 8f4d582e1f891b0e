from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ScimGroup(_ModelBase):
    """
    Example:
        {'created_at': '2025-08-24T10:30:00.000Z', 'display_name': 'Engineering', 'external_id': 'group-external-id',
            'id': '550e8400-e29b-41d4-a716-446655440000', 'organization_id': 'org_123456', 'updated_at':
            '2025-08-24T10:30:00.000Z'}

    """

    created_at: str
    display_name: str
    external_id: None | str
    id: str
    organization_id: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "created_at",
        "display_name",
        (
            "external_id",
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
        "id",
        "organization_id",
        "updated_at",
    )
