from typing import Literal

from ..types import check_enum

ApplyPatchServerToolOpenRouterType = Literal["openrouter:apply_patch"] | str

APPLY_PATCH_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[ApplyPatchServerToolOpenRouterType] = {
    "openrouter:apply_patch",
}


def check_apply_patch_server_tool_open_router_type(value: str) -> ApplyPatchServerToolOpenRouterType:
    return check_enum(value, APPLY_PATCH_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES, "ApplyPatchServerToolOpenRouterType")
