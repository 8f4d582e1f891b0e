from typing import Literal

from ..types import check_enum

WebFetchPluginId = Literal["web-fetch"] | str

WEB_FETCH_PLUGIN_ID_VALUES: set[WebFetchPluginId] = {
    "web-fetch",
}


def check_web_fetch_plugin_id(value: str) -> WebFetchPluginId:
    return check_enum(value, WEB_FETCH_PLUGIN_ID_VALUES, "WebFetchPluginId")
