from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BulkUnassignMembersRequest(_ModelBase):
    """
    Example:
        {'member_user_ids': ['user_abc123', 'user_def456']}

    Attributes:
        member_user_ids (list[str]): Array of member user IDs to unassign from the guardrail Example: ['user_abc123',
            'user_def456'].
    """

    member_user_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("member_user_ids",)
