from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.apply_patch_create_file_operation_type import (
    ApplyPatchCreateFileOperationType,
    check_apply_patch_create_file_operation_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ApplyPatchCreateFileOperation(_ModelBase):
    """The `create_file` variant of an `apply_patch_call.operation`. Carries a V4A diff describing the new file contents.

    Example:
        {'diff': '@@\\n+console.log("hi");\\n', 'path': '/src/main.ts', 'type': 'create_file'}

    """

    diff: str
    path: str
    type_: ApplyPatchCreateFileOperationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "diff",
        "path",
        ("type", check_apply_patch_create_file_operation_type, "type_"),
    )
