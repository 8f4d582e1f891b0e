from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class BulkAssignMembersResponse(_ModelBase):
    """
    Example:
        {'assigned_count': 2}

    Attributes:
        assigned_count (int): Number of members successfully assigned Example: 2.
    """

    assigned_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("assigned_count",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "assigned_count"
            assigned_count = d.pop("assigned_count")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        bulk_assign_members_response = cls(
            assigned_count=assigned_count,
        )

        bulk_assign_members_response.additional_properties = d
        return bulk_assign_members_response
