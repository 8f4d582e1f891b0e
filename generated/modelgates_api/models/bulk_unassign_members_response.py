from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BulkUnassignMembersResponse(_ModelBase):
    """
    Example:
        {'unassigned_count': 2}

    Attributes:
        unassigned_count (int): Number of members successfully unassigned Example: 2.
    """

    unassigned_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("unassigned_count",)
