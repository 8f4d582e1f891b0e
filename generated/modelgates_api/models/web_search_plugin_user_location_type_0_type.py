from typing import Literal

WebSearchPluginUserLocationType0Type = Literal["approximate"]

WEB_SEARCH_PLUGIN_USER_LOCATION_TYPE_0_TYPE_VALUES: set[
    WebSearchPluginUserLocationType0Type
] = {
    "approximate",
}


def check_web_search_plugin_user_location_type_0_type(
    value: str,
) -> WebSearchPluginUserLocationType0Type:
    if value in WEB_SEARCH_PLUGIN_USER_LOCATION_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_PLUGIN_USER_LOCATION_TYPE_0_TYPE_VALUES!r}"
    )
