from typing import Literal

from ..types import check_enum

OutputApplyPatchCallItemType = Literal["apply_patch_call"] | str

OUTPUT_APPLY_PATCH_CALL_ITEM_TYPE_VALUES: set[OutputApplyPatchCallItemType] = {
    "apply_patch_call",
}


def check_output_apply_patch_call_item_type(value: str) -> OutputApplyPatchCallItemType:
    return check_enum(value, OUTPUT_APPLY_PATCH_CALL_ITEM_TYPE_VALUES, "OutputApplyPatchCallItemType")
