from typing import Literal

from ..types import check_enum

FusionPluginId = Literal["fusion"] | str

FUSION_PLUGIN_ID_VALUES: set[FusionPluginId] = {
    "fusion",
}


def check_fusion_plugin_id(value: str) -> FusionPluginId:
    return check_enum(value, FUSION_PLUGIN_ID_VALUES, "FusionPluginId")
