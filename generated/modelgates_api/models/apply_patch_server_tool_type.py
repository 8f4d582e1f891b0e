from typing import Literal

from ..types import check_enum

ApplyPatchServerToolType = Literal["apply_patch"] | str

APPLY_PATCH_SERVER_TOOL_TYPE_VALUES: set[ApplyPatchServerToolType] = {
    "apply_patch",
}


def check_apply_patch_server_tool_type(value: str) -> ApplyPatchServerToolType:
    return check_enum(value, APPLY_PATCH_SERVER_TOOL_TYPE_VALUES, "ApplyPatchServerToolType")
