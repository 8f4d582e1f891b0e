from typing import Literal

from ..types import check_enum

OutputItemApplyPatchCallType = Literal["apply_patch_call"] | str

OUTPUT_ITEM_APPLY_PATCH_CALL_TYPE_VALUES: set[OutputItemApplyPatchCallType] = {
    "apply_patch_call",
}


def check_output_item_apply_patch_call_type(value: str) -> OutputItemApplyPatchCallType:
    return check_enum(value, OUTPUT_ITEM_APPLY_PATCH_CALL_TYPE_VALUES, "OutputItemApplyPatchCallType")
