from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_item_apply_patch_call_status import (
    OutputItemApplyPatchCallStatus,
    check_output_item_apply_patch_call_status,
)
from ..models.output_item_apply_patch_call_type import (
    OutputItemApplyPatchCallType,
    check_output_item_apply_patch_call_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, union_field as _union_field

if TYPE_CHECKING:
    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
else:
    ApplyPatchCreateFileOperation = _LazyModel(
        globals(), "apply_patch_create_file_operation", "ApplyPatchCreateFileOperation"
    )
    ApplyPatchDeleteFileOperation = _LazyModel(
        globals(), "apply_patch_delete_file_operation", "ApplyPatchDeleteFileOperation"
    )
    ApplyPatchUpdateFileOperation = _LazyModel(
        globals(), "apply_patch_update_file_operation", "ApplyPatchUpdateFileOperation"
    )


@_attrs_define(repr=False, eq=False)
class OutputItemApplyPatchCall(_ModelBase):
    """
    Example:
        {'call_id': 'call_abc123', 'id': 'apc_abc123', 'operation': {'diff': '@@ function main() {\\n+
            console.log("hi");\\n }', 'path': '/src/main.ts', 'type': 'update_file'}, 'status': 'completed', 'type':
            'apply_patch_call'}

    """

    call_id: str
    id: str
    operation: ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation
    status: OutputItemApplyPatchCallStatus
    type_: OutputItemApplyPatchCallType
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "call_id",
        "id",
        (
            "operation",
            _union_field(
                (
                    ("ApplyPatchCreateFileOperation", ApplyPatchCreateFileOperation),
                    ("ApplyPatchUpdateFileOperation", ApplyPatchUpdateFileOperation),
                    ("ApplyPatchDeleteFileOperation", ApplyPatchDeleteFileOperation),
                ),
                tag=(
                    "type",
                    (
                        "create_file",
                        "update_file",
                        "delete_file",
                    ),
                ),
            ),
        ),
        ("status", check_output_item_apply_patch_call_status),
        ("type", check_output_item_apply_patch_call_type, "type_"),
    )
    _optional_ = ("created_by",)
