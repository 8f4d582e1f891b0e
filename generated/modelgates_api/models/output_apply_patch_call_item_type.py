from typing import Literal

OutputApplyPatchCallItemType = Literal["apply_patch_call"]

OUTPUT_APPLY_PATCH_CALL_ITEM_TYPE_VALUES: set[OutputApplyPatchCallItemType] = {
    "apply_patch_call",
}


def check_output_apply_patch_call_item_type(value: str) -> OutputApplyPatchCallItemType:
    if value in OUTPUT_APPLY_PATCH_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_APPLY_PATCH_CALL_ITEM_TYPE_VALUES!r}"
    )
