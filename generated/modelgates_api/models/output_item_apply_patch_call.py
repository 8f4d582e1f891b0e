from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_apply_patch_call_status import (
    OutputItemApplyPatchCallStatus,
    check_output_item_apply_patch_call_status,
)
from ..models.output_item_apply_patch_call_type import (
    OutputItemApplyPatchCallType,
    check_output_item_apply_patch_call_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation


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

    _json_fields_ = (
        "call_id",
        "id",
        "operation",
        "status",
        ("type_", "type"),
        "created_by",
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
            status = check_output_item_apply_patch_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_item_apply_patch_call_type(d.pop("type"))

            _at_field_ = "created_by"
            created_by = d.pop("created_by", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_item_apply_patch_call = cls(
            call_id=call_id,
            id=id,
            operation=operation,
            status=status,
            type_=type_,
            created_by=created_by,
        )

        output_item_apply_patch_call.additional_properties = d
        return output_item_apply_patch_call


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
