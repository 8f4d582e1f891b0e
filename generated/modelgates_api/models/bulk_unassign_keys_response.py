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
class BulkUnassignKeysResponse(_ModelBase):
    """
    Example:
        {'unassigned_count': 3}

    Attributes:
        unassigned_count (int): Number of keys successfully unassigned Example: 3.
    """

    unassigned_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("unassigned_count",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "unassigned_count"
            unassigned_count = d.pop("unassigned_count")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        bulk_unassign_keys_response = cls(
            unassigned_count=unassigned_count,
        )

        bulk_unassign_keys_response.additional_properties = d
        return bulk_unassign_keys_response
