from typing import Literal

from ..types import check_enum

WebSearchPluginUserLocationType0Type = Literal["approximate"] | str

WEB_SEARCH_PLUGIN_USER_LOCATION_TYPE_0_TYPE_VALUES: set[WebSearchPluginUserLocationType0Type] = {
    "approximate",
}


def check_web_search_plugin_user_location_type_0_type(value: str) -> WebSearchPluginUserLocationType0Type:
    return check_enum(value, WEB_SEARCH_PLUGIN_USER_LOCATION_TYPE_0_TYPE_VALUES, "WebSearchPluginUserLocationType0Type")
