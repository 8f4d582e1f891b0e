from typing import Literal

from ..types import check_enum

WebSearchPluginId = Literal["web"] | str

WEB_SEARCH_PLUGIN_ID_VALUES: set[WebSearchPluginId] = {
    "web",
}


def check_web_search_plugin_id(value: str) -> WebSearchPluginId:
    return check_enum(value, WEB_SEARCH_PLUGIN_ID_VALUES, "WebSearchPluginId")
