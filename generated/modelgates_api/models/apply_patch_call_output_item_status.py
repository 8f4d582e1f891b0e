from typing import Literal

from ..types import check_enum

ApplyPatchCallOutputItemStatus = Literal["completed", "failed"] | str

APPLY_PATCH_CALL_OUTPUT_ITEM_STATUS_VALUES: set[ApplyPatchCallOutputItemStatus] = {
    "completed",
    "failed",
}


def check_apply_patch_call_output_item_status(value: str) -> ApplyPatchCallOutputItemStatus:
    return check_enum(value, APPLY_PATCH_CALL_OUTPUT_ITEM_STATUS_VALUES, "ApplyPatchCallOutputItemStatus")
