from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.apply_patch_call_status import ApplyPatchCallStatus, check_apply_patch_call_status
from ..models.output_apply_patch_call_item_type import (
    OutputApplyPatchCallItemType,
    check_output_apply_patch_call_item_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

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
class OutputApplyPatchCallItem(_ModelBase):
    """A native `apply_patch_call` output item matching OpenAI's Responses API shape. Emitted when the client requested the
    `apply_patch` shorthand.

        Example:
            {'call_id': 'call_abc123', 'id': 'apc_abc123', 'operation': {'diff': '@@ function main() {\\n+
                console.log("hi");\\n }', 'path': '/src/main.ts', 'type': 'update_file'}, 'status': 'completed', 'type':
                'apply_patch_call'}

        Attributes:
            operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation): The
                patch operation requested by an `apply_patch_call`. `create_file` and `update_file` carry a V4A diff;
                `delete_file` omits it. Example: {'diff': '@@ function main() {\\n+  console.log("hi");\\n }', 'path':
                '/src/main.ts', 'type': 'update_file'}.
            status (ApplyPatchCallStatus): Lifecycle state of an `apply_patch_call` output item. Example: completed.
    """

    call_id: str
    id: str
    operation: ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation
    status: ApplyPatchCallStatus
    type_: OutputApplyPatchCallItemType
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
        ("status", check_apply_patch_call_status),
        ("type", check_output_apply_patch_call_item_type, "type_"),
    )
