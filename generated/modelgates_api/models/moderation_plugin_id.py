from typing import Literal

from ..types import check_enum

ModerationPluginId = Literal["moderation"] | str

MODERATION_PLUGIN_ID_VALUES: set[ModerationPluginId] = {
    "moderation",
}


def check_moderation_plugin_id(value: str) -> ModerationPluginId:
    return check_enum(value, MODERATION_PLUGIN_ID_VALUES, "ModerationPluginId")
