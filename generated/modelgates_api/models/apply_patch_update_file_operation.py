from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.apply_patch_update_file_operation_type import (
    ApplyPatchUpdateFileOperationType,
    check_apply_patch_update_file_operation_type,
)
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "diff",
        "path",
        ("type", check_apply_patch_update_file_operation_type, "type_"),
    )
