from typing import Literal

ApplyPatchCallOutputItemStatus = Literal["completed", "failed"]

APPLY_PATCH_CALL_OUTPUT_ITEM_STATUS_VALUES: set[ApplyPatchCallOutputItemStatus] = {
    "completed",
    "failed",
}


def check_apply_patch_call_output_item_status(
    value: str,
) -> ApplyPatchCallOutputItemStatus:
    if value in APPLY_PATCH_CALL_OUTPUT_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_CALL_OUTPUT_ITEM_STATUS_VALUES!r}"
    )
