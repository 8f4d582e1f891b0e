from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BulkAssignKeysResponse(_ModelBase):
    """
    Example:
        {'assigned_count': 3}

    Attributes:
        assigned_count (int): Number of keys successfully assigned Example: 3.
    """

    assigned_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("assigned_count",)
