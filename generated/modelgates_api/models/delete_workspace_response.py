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
class DeleteWorkspaceResponse(_ModelBase):
    """
    Example:
        {'deleted': True}

    Attributes:
        deleted (bool): Confirmation that the workspace was deleted Example: True.
    """

    deleted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("deleted",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "deleted"
            deleted = d.pop("deleted")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        delete_workspace_response = cls(
            deleted=deleted,
        )

        delete_workspace_response.additional_properties = d
        return delete_workspace_response
