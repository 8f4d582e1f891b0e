from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.apply_patch_delete_file_operation_type import (
    ApplyPatchDeleteFileOperationType,
    check_apply_patch_delete_file_operation_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ApplyPatchDeleteFileOperation(_ModelBase):
    """The `delete_file` variant of an `apply_patch_call.operation`. Identifies the file to remove; no diff is required.

    Example:
        {'path': '/src/main.ts', 'type': 'delete_file'}

    """

    path: str
    type_: ApplyPatchDeleteFileOperationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "path",
        ("type", check_apply_patch_delete_file_operation_type, "type_"),
    )
