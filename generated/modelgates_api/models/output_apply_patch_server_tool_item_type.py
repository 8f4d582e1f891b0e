from typing import Literal

from ..types import check_enum

OutputApplyPatchServerToolItemType = Literal["openrouter:apply_patch"] | str

OUTPUT_APPLY_PATCH_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputApplyPatchServerToolItemType] = {
    "openrouter:apply_patch",
}


def check_output_apply_patch_server_tool_item_type(value: str) -> OutputApplyPatchServerToolItemType:
    return check_enum(value, OUTPUT_APPLY_PATCH_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputApplyPatchServerToolItemType")
