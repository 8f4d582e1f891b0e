from typing import Literal

ResponseHealingPluginId = Literal["response-healing"]

RESPONSE_HEALING_PLUGIN_ID_VALUES: set[ResponseHealingPluginId] = {
    "response-healing",
}


def check_response_healing_plugin_id(value: str) -> ResponseHealingPluginId:
    if value in RESPONSE_HEALING_PLUGIN_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_HEALING_PLUGIN_ID_VALUES!r}"
    )
