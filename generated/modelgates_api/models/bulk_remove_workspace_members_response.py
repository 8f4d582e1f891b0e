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
class BulkRemoveWorkspaceMembersResponse(_ModelBase):
    """
    Example:
        {'removed_count': 2}

    Attributes:
        removed_count (int): Number of members removed Example: 2.
    """

    removed_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("removed_count",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "removed_count"
            removed_count = d.pop("removed_count")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        bulk_remove_workspace_members_response = cls(
            removed_count=removed_count,
        )

        bulk_remove_workspace_members_response.additional_properties = d
        return bulk_remove_workspace_members_response
