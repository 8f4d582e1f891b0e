from typing import Literal

OutputItemApplyPatchCallType = Literal["apply_patch_call"]

OUTPUT_ITEM_APPLY_PATCH_CALL_TYPE_VALUES: set[OutputItemApplyPatchCallType] = {
    "apply_patch_call",
}


def check_output_item_apply_patch_call_type(value: str) -> OutputItemApplyPatchCallType:
    if value in OUTPUT_ITEM_APPLY_PATCH_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_APPLY_PATCH_CALL_TYPE_VALUES!r}"
    )
