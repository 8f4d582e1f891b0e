from typing import Literal

from ..types import check_enum

ApplyPatchCallItemType = Literal["apply_patch_call"] | str

APPLY_PATCH_CALL_ITEM_TYPE_VALUES: set[ApplyPatchCallItemType] = {
    "apply_patch_call",
}


def check_apply_patch_call_item_type(value: str) -> ApplyPatchCallItemType:
    return check_enum(value, APPLY_PATCH_CALL_ITEM_TYPE_VALUES, "ApplyPatchCallItemType")
