from typing import Literal

from ..types import check_enum

ResponseHealingPluginId = Literal["response-healing"] | str

RESPONSE_HEALING_PLUGIN_ID_VALUES: set[ResponseHealingPluginId] = {
    "response-healing",
}


def check_response_healing_plugin_id(value: str) -> ResponseHealingPluginId:
    return check_enum(value, RESPONSE_HEALING_PLUGIN_ID_VALUES, "ResponseHealingPluginId")
