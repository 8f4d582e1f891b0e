from typing import Literal

AutoRouterPluginId = Literal["auto-router"]

AUTO_ROUTER_PLUGIN_ID_VALUES: set[AutoRouterPluginId] = {
    "auto-router",
}


def check_auto_router_plugin_id(value: str) -> AutoRouterPluginId:
    if value in AUTO_ROUTER_PLUGIN_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTO_ROUTER_PLUGIN_ID_VALUES!r}"
    )
