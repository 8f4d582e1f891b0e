from typing import Literal

FusionPluginPreset = Literal["general-budget", "general-fast", "general-high"]

FUSION_PLUGIN_PRESET_VALUES: set[FusionPluginPreset] = {
    "general-budget",
    "general-fast",
    "general-high",
}


def check_fusion_plugin_preset(value: str) -> FusionPluginPreset:
    if value in FUSION_PLUGIN_PRESET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_PLUGIN_PRESET_VALUES!r}"
    )
