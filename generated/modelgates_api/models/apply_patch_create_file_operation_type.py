from typing import Literal

from ..types import check_enum

ApplyPatchCreateFileOperationType = Literal["create_file"] | str

APPLY_PATCH_CREATE_FILE_OPERATION_TYPE_VALUES: set[ApplyPatchCreateFileOperationType] = {
    "create_file",
}


def check_apply_patch_create_file_operation_type(value: str) -> ApplyPatchCreateFileOperationType:
    return check_enum(value, APPLY_PATCH_CREATE_FILE_OPERATION_TYPE_VALUES, "ApplyPatchCreateFileOperationType")
