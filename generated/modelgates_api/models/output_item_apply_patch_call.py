from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.output_item_apply_patch_call_status import (
    OutputItemApplyPatchCallStatus,
    check_output_item_apply_patch_call_status,
)
from ..models.output_item_apply_patch_call_type import (
    OutputItemApplyPatchCallType,
    check_output_item_apply_patch_call_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation


T = TypeVar("T", bound="OutputItemApplyPatchCall")


@_attrs_define
class OutputItemApplyPatchCall:
    """
    Example:
        {'call_id': 'call_abc123', 'id': 'apc_abc123', 'operation': {'diff': '@@ function main() {\\n+
            console.log("hi");\\n }', 'path': '/src/main.ts', 'type': 'update_file'}, 'status': 'completed', 'type':
            'apply_patch_call'}

    Attributes:
        call_id (str):
        id (str):
        operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation):
        status (OutputItemApplyPatchCallStatus):
        type_ (OutputItemApplyPatchCallType):
        created_by (str | Unset):
    """

    call_id: str
    id: str
    operation: (
        ApplyPatchCreateFileOperation
        | ApplyPatchDeleteFileOperation
        | ApplyPatchUpdateFileOperation
    )
    status: OutputItemApplyPatchCallStatus
    type_: OutputItemApplyPatchCallType
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.apply_patch_create_file_operation import (
            ApplyPatchCreateFileOperation,
        )
        from ..models.apply_patch_update_file_operation import (
            ApplyPatchUpdateFileOperation,
        )

        call_id = self.call_id

        id = self.id

        operation: dict[str, Any]
        if isinstance(self.operation, ApplyPatchCreateFileOperation) or isinstance(
            self.operation, ApplyPatchUpdateFileOperation
        ):
            operation = self.operation.to_dict()
        else:
            operation = self.operation.to_dict()

        status: str = self.status

        type_: str = self.type_

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "id": id,
                "operation": operation,
                "status": status,
                "type": type_,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.apply_patch_create_file_operation import (
            ApplyPatchCreateFileOperation,
        )
        from ..models.apply_patch_delete_file_operation import (
            ApplyPatchDeleteFileOperation,
        )
        from ..models.apply_patch_update_file_operation import (
            ApplyPatchUpdateFileOperation,
        )

        d = dict(src_dict)
        call_id = d.pop("call_id")

        id = d.pop("id")

        def _parse_operation(
            data: object,
        ) -> (
            ApplyPatchCreateFileOperation
            | ApplyPatchDeleteFileOperation
            | ApplyPatchUpdateFileOperation
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operation_type_0 = ApplyPatchCreateFileOperation.from_dict(data)

                return operation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operation_type_1 = ApplyPatchUpdateFileOperation.from_dict(data)

                return operation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            operation_type_2 = ApplyPatchDeleteFileOperation.from_dict(data)

            return operation_type_2

        operation = _parse_operation(d.pop("operation"))

        status = check_output_item_apply_patch_call_status(d.pop("status"))

        type_ = check_output_item_apply_patch_call_type(d.pop("type"))

        created_by = d.pop("created_by", UNSET)

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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
