from typing import Literal

from ..types import check_enum

ApplyPatchCallOutputItemType = Literal["apply_patch_call_output"] | str

APPLY_PATCH_CALL_OUTPUT_ITEM_TYPE_VALUES: set[ApplyPatchCallOutputItemType] = {
    "apply_patch_call_output",
}


def check_apply_patch_call_output_item_type(value: str) -> ApplyPatchCallOutputItemType:
    return check_enum(value, APPLY_PATCH_CALL_OUTPUT_ITEM_TYPE_VALUES, "ApplyPatchCallOutputItemType")
