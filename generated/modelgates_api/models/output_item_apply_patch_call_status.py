from typing import Literal

from ..types import check_enum

OutputItemApplyPatchCallStatus = Literal["completed", "in_progress"] | str

OUTPUT_ITEM_APPLY_PATCH_CALL_STATUS_VALUES: set[OutputItemApplyPatchCallStatus] = {
    "completed",
    "in_progress",
}


def check_output_item_apply_patch_call_status(value: str) -> OutputItemApplyPatchCallStatus:
    return check_enum(value, OUTPUT_ITEM_APPLY_PATCH_CALL_STATUS_VALUES, "OutputItemApplyPatchCallStatus")
