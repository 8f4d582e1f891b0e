from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_update_file_operation_type import (
    ApplyPatchUpdateFileOperationType,
    check_apply_patch_update_file_operation_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ApplyPatchUpdateFileOperation(_ModelBase):
    """The `update_file` variant of an `apply_patch_call.operation`. Carries a V4A diff describing edits to an existing
    file.

        Example:
            {'diff': '@@ function main() {\\n+  console.log("hi");\\n }', 'path': '/src/main.ts', 'type': 'update_file'}

    """

    diff: str
    path: str
    type_: ApplyPatchUpdateFileOperationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "diff",
        "path",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "diff"
            diff = d.pop("diff")

            _at_field_ = "path"
            path = d.pop("path")

            _at_field_ = "type"
            type_ = check_apply_patch_update_file_operation_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        apply_patch_update_file_operation = cls(
            diff=diff,
            path=path,
            type_=type_,
        )

        apply_patch_update_file_operation.additional_properties = d
        return apply_patch_update_file_operation
