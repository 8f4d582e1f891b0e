from typing import Literal

OutputApplyPatchServerToolItemType = Literal["openrouter:apply_patch"]

OUTPUT_APPLY_PATCH_SERVER_TOOL_ITEM_TYPE_VALUES: set[
    OutputApplyPatchServerToolItemType
] = {
    "openrouter:apply_patch",
}


def check_output_apply_patch_server_tool_item_type(
    value: str,
) -> OutputApplyPatchServerToolItemType:
    if value in OUTPUT_APPLY_PATCH_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_APPLY_PATCH_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
