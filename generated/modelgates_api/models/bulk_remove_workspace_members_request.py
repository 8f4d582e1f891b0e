from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BulkRemoveWorkspaceMembersRequest(_ModelBase):
    """
    Example:
        {'user_ids': ['user_abc123', 'user_def456']}

    Attributes:
        user_ids (list[str]): List of user IDs to remove from the workspace Example: ['user_abc123', 'user_def456'].
    """

    user_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("user_ids",)
