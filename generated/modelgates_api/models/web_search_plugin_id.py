from typing import Literal

WebSearchPluginId = Literal["web"]

WEB_SEARCH_PLUGIN_ID_VALUES: set[WebSearchPluginId] = {
    "web",
}


def check_web_search_plugin_id(value: str) -> WebSearchPluginId:
    if value in WEB_SEARCH_PLUGIN_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_PLUGIN_ID_VALUES!r}"
    )
