from typing import Literal

from ..types import check_enum

ApplyPatchEngineEnum = Literal["auto", "native", "openrouter"] | str

APPLY_PATCH_ENGINE_ENUM_VALUES: set[ApplyPatchEngineEnum] = {
    "auto",
    "native",
    "openrouter",
}


def check_apply_patch_engine_enum(value: str) -> ApplyPatchEngineEnum:
    return check_enum(value, APPLY_PATCH_ENGINE_ENUM_VALUES, "ApplyPatchEngineEnum")
