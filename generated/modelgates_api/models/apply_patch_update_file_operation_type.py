from typing import Literal

from ..types import check_enum

ApplyPatchUpdateFileOperationType = Literal["update_file"] | str

APPLY_PATCH_UPDATE_FILE_OPERATION_TYPE_VALUES: set[ApplyPatchUpdateFileOperationType] = {
    "update_file",
}


def check_apply_patch_update_file_operation_type(value: str) -> ApplyPatchUpdateFileOperationType:
    return check_enum(value, APPLY_PATCH_UPDATE_FILE_OPERATION_TYPE_VALUES, "ApplyPatchUpdateFileOperationType")
