from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_apply_patch_server_tool_item_type import (
    OutputApplyPatchServerToolItemType,
    check_output_apply_patch_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
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
class OutputApplyPatchServerToolItem(_ModelBase):
    """An openrouter:apply_patch server tool output item. The turn halts when validation succeeds so the client can apply
    the patch and echo an `apply_patch_call_output` on the next turn.

        Example:
            {'call_id': 'call_abc123', 'id': 'apc_abc123', 'operation': {'diff': '@@ function main() {\\n+
                console.log("hi");\\n }', 'path': '/src/main.ts', 'type': 'update_file'}, 'status': 'completed', 'type':
                'openrouter:apply_patch'}

        Attributes:
            operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation |
                Unset): The patch operation requested by an `apply_patch_call`. `create_file` and `update_file` carry a V4A
                diff; `delete_file` omits it. Example: {'diff': '@@ function main() {\\n+  console.log("hi");\\n }', 'path':
                '/src/main.ts', 'type': 'update_file'}.
    """

    status: ToolCallStatus
    type_: OutputApplyPatchServerToolItemType
    call_id: str | Unset = UNSET
    id: str | Unset = UNSET
    operation: ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_apply_patch_server_tool_item_type, "type_"),
    )
    _optional_ = (
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
    )
