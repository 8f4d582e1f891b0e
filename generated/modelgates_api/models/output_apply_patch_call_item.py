from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_status import ApplyPatchCallStatus, check_apply_patch_call_status
from ..models.output_apply_patch_call_item_type import (
    OutputApplyPatchCallItemType,
    check_output_apply_patch_call_item_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation


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

    _json_fields_ = (
        "call_id",
        "id",
        "operation",
        "status",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "call_id"
            call_id = d.pop("call_id")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "operation"
            operation = d.pop("operation")
            operation = _parse_union(
                operation,
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
            )

            _at_field_ = "status"
            status = check_apply_patch_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_apply_patch_call_item_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_apply_patch_call_item = cls(
            call_id=call_id,
            id=id,
            operation=operation,
            status=status,
            type_=type_,
        )

        output_apply_patch_call_item.additional_properties = d
        return output_apply_patch_call_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ApplyPatchCreateFileOperation = _LazyModel(
        globals(), "modelgates_api.models.apply_patch_create_file_operation", "ApplyPatchCreateFileOperation"
    )
    ApplyPatchDeleteFileOperation = _LazyModel(
        globals(), "modelgates_api.models.apply_patch_delete_file_operation", "ApplyPatchDeleteFileOperation"
    )
    ApplyPatchUpdateFileOperation = _LazyModel(
        globals(), "modelgates_api.models.apply_patch_update_file_operation", "ApplyPatchUpdateFileOperation"
    )
