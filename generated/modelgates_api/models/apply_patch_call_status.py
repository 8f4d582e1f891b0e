from typing import Literal

from ..types import check_enum

ApplyPatchCallStatus = Literal["completed", "in_progress"] | str

APPLY_PATCH_CALL_STATUS_VALUES: set[ApplyPatchCallStatus] = {
    "completed",
    "in_progress",
}


def check_apply_patch_call_status(value: str) -> ApplyPatchCallStatus:
    return check_enum(value, APPLY_PATCH_CALL_STATUS_VALUES, "ApplyPatchCallStatus")
