from typing import Literal

from ..types import check_enum

ApplyPatchDeleteFileOperationType = Literal["delete_file"] | str

APPLY_PATCH_DELETE_FILE_OPERATION_TYPE_VALUES: set[ApplyPatchDeleteFileOperationType] = {
    "delete_file",
}


def check_apply_patch_delete_file_operation_type(value: str) -> ApplyPatchDeleteFileOperationType:
    return check_enum(value, APPLY_PATCH_DELETE_FILE_OPERATION_TYPE_VALUES, "ApplyPatchDeleteFileOperationType")
