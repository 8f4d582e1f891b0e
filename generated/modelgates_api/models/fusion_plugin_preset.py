from typing import Literal

from ..types import check_enum

FusionPluginPreset = Literal["general-budget", "general-fast", "general-high"] | str

FUSION_PLUGIN_PRESET_VALUES: set[FusionPluginPreset] = {
    "general-budget",
    "general-fast",
    "general-high",
}


def check_fusion_plugin_preset(value: str) -> FusionPluginPreset:
    return check_enum(value, FUSION_PLUGIN_PRESET_VALUES, "FusionPluginPreset")
