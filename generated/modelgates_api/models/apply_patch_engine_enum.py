from typing import Literal

ApplyPatchEngineEnum = Literal["auto", "native", "openrouter"]

APPLY_PATCH_ENGINE_ENUM_VALUES: set[ApplyPatchEngineEnum] = {
    "auto",
    "native",
    "openrouter",
}


def check_apply_patch_engine_enum(value: str) -> ApplyPatchEngineEnum:
    if value in APPLY_PATCH_ENGINE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_ENGINE_ENUM_VALUES!r}"
    )
