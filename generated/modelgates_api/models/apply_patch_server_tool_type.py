from typing import Literal

ApplyPatchServerToolType = Literal["apply_patch"]

APPLY_PATCH_SERVER_TOOL_TYPE_VALUES: set[ApplyPatchServerToolType] = {
    "apply_patch",
}


def check_apply_patch_server_tool_type(value: str) -> ApplyPatchServerToolType:
    if value in APPLY_PATCH_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_SERVER_TOOL_TYPE_VALUES!r}"
    )
