from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class BulkUnassignKeysResponse(_ModelBase):
    """
    Example:
        {'unassigned_count': 3}

    Attributes:
        unassigned_count (int): Number of keys successfully unassigned Example: 3.
    """

    unassigned_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("unassigned_count",)
